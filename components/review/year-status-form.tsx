"use client";

import { useActionState, useRef } from "react";
import { TextField } from "@/components/forms/field";
import { formKey } from "@/components/forms/field-props";
import { ConfirmStep } from "@/components/forms/confirm-step";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE } from "@/lib/actions/form-state";
import { setYearStatusAction } from "@/lib/actions/years/set-year-status";
import styles from "./review.module.css";

/** 마감 for an open year; 마감 해제 for a closed one, which needs a reason the public will see. */
export function YearStatusForm({ year, closed }: { year: number; closed: boolean }) {
  const [state, action] = useActionState(setYearStatusAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={action} noValidate className={styles.yearForm} key={formKey(state)}>
      <FormStatus state={state} formRef={formRef} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="status" value={closed ? "open" : "closed"} />
      <TextField
        id={`year-reason-${year}`}
        name="reason"
        label={closed ? `${year}년 마감 해제 사유` : `${year}년 마감 메모(선택)`}
        limit={500}
        required={closed}
        hint={closed ? "공개 대시보드에 표시됩니다." : undefined}
        errors={state.errors?.reason}
        defaultValue={typeof state.values?.reason === "string" ? state.values.reason : ""}
      />
      <ConfirmStep state={state} cancelHref="/review/years" id={`year-confirm-${year}`} />
      {state.status === "confirm" ? null : (
        <SubmitButton className={closed ? "button button--secondary" : "button"}>
          {closed ? `${year}년 마감 해제` : `${year}년 마감`}
        </SubmitButton>
      )}
    </form>
  );
}
