"use client";

import { useRef } from "react";
import { TextAreaField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { errorsOnly, useReviewActions } from "./review-actions";
import styles from "./review.module.css";

export const BATCH_FORM_ID = "review-batch";

/**
 * Approves or returns the checked submissions together, in one transaction: all or none. The
 * checkboxes sit in each queue item and join this form through their `form` attribute.
 */
export function BatchControls() {
  const { approveBatch, returnBatch } = useReviewActions();
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
        <SubmitButton>선택한 항목 승인</SubmitButton>
        <TextAreaField
          id="batch-reason"
          name="reason"
          label="반려 사유(선택한 항목)"
          rows={2}
          maxLength={500}
          errors={returned.errors?.reason}
        />
        <SubmitButton formAction={returnBatch.dispatch} className="button button--secondary">
          선택한 항목 반려
        </SubmitButton>
      </fieldset>
    </form>
  );
}
