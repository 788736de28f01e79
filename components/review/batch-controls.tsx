"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { TextAreaField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import type { QuotedTotal } from "@/lib/narrative/quoted-total";
import { type AwardChange, totalsEffect, type YearTotalsSource } from "@/lib/review/effect";
import { quoteWarnings } from "@/lib/review/quote-effect";
import { QuoteWarnings } from "./quote-warnings";
import { errorsOnly, useReviewActions } from "./review-actions";
import styles from "./review.module.css";

export const BATCH_FORM_ID = "review-batch";

export type BatchContext = {
  /** Each queue item's selection ("id:version") and what it changes in the award totals. */
  changes: { selection: string; change: AwardChange }[];
  totals: [number, YearTotalsSource][];
  quotes: QuotedTotal[];
};

/** The selections checked now; the checkboxes sit in the queue items and join the form by `form`. */
function useCheckedSelections(): string[] {
  const [checked, setChecked] = useState<string[]>([]);
  useEffect(() => {
    const read = () => {
      const boxes = document.querySelectorAll<HTMLInputElement>(`input[name="selected"][form="${BATCH_FORM_ID}"]`);
      setChecked([...boxes].filter((b) => b.checked).map((b) => b.value));
    };
    read();
    document.addEventListener("change", read);
    return () => document.removeEventListener("change", read);
  }, []);
  return checked;
}

/**
 * Approves or returns the checked submissions together, in one transaction: all or none. The
 * checkboxes sit in each queue item and join this form through their `form` attribute.
 */
export function BatchControls({ context }: { context: BatchContext }) {
  const { approveBatch, returnBatch } = useReviewActions();
  const checked = useCheckedSelections();
  // The quoted sentences that approving the checked items together would leave differing.
  const warnings = useMemo(() => {
    const changes = context.changes.filter((c) => checked.includes(c.selection)).map((c) => c.change);
    if (changes.length === 0) return [];
    const totals = new Map(context.totals);
    return quoteWarnings(context.quotes, totalsEffect(changes, totals), totals);
  }, [checked, context]);
  const formRef = useRef<HTMLFormElement>(null);
  const approved = errorsOnly(approveBatch.state);
  const returned = errorsOnly(returnBatch.state);
  const selectionErrors = [...(approved.errors?.selected ?? []), ...(returned.errors?.selected ?? [])];
  return (
    <form id={BATCH_FORM_ID} ref={formRef} action={approveBatch.dispatch} noValidate className={styles.batch}>
      <FormStatus state={approved} formRef={formRef} />
      <FormStatus state={returned} formRef={formRef} />
      <fieldset>
        <legend>선택한 항목 한꺼번에 처리</legend>
        {selectionErrors.length ? <p className="field-error">{selectionErrors.join(" ")}</p> : null}
        <QuoteWarnings warnings={warnings} />
        <SubmitButton>선택한 항목 승인</SubmitButton>
        <TextAreaField
          id="batch-reason"
          name="reason"
          label="반려 사유(선택한 항목)"
          rows={2}
          limit={500}
          errors={returned.errors?.reason}
        />
        <SubmitButton formAction={returnBatch.dispatch} className="button button--secondary">
          선택한 항목 반려
        </SubmitButton>
      </fieldset>
    </form>
  );
}
