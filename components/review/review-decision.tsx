"use client";

import { useRef } from "react";
import { TextAreaField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { errorsOnly, useReviewActions } from "./review-actions";
import styles from "./review.module.css";

/**
 * 승인 or 반려 for one submission. `selection` is "id:version": approving a submission that changed
 * after the page was drawn is refused rather than applied unseen. The action state is shared by all
 * items; each shows the errors whose echoed selection is its own.
 */
export function ReviewDecision({ selection, approvable = true }: { selection: string; approvable?: boolean }) {
  const { approveOne, returnOne } = useReviewActions();
  const approveRef = useRef<HTMLFormElement>(null);
  const returnRef = useRef<HTMLFormElement>(null);
  const mine = (state: FormState) => (state.values?.selected === selection ? errorsOnly(state) : IDLE);
  const returned = mine(returnOne.state);
  const id = selection.replace(":", "-");
  return (
    <div className={styles.decision}>
      {approvable && (
        <form ref={approveRef} action={approveOne.dispatch}>
          <FormStatus state={mine(approveOne.state)} formRef={approveRef} />
          <input type="hidden" name="selected" value={selection} />
          <SubmitButton>승인</SubmitButton>
        </form>
      )}
      <form ref={returnRef} action={returnOne.dispatch} noValidate className={styles.returnForm}>
        <FormStatus state={returned} formRef={returnRef} />
        <input type="hidden" name="selected" value={selection} />
        <TextAreaField
          id={`reason-${id}`}
          name="reason"
          label="반려 사유"
          rows={2}
          limit={500}
          hint="제출한 부서에 그대로 보입니다. 증빙 첨부 요청은 사유 없이도 보낼 수 있습니다."
          errors={returned.errors?.reason}
          defaultValue={typeof returned.values?.reason === "string" ? returned.values.reason : ""}
        />
        <SubmitButton className="button button--secondary">반려</SubmitButton>{" "}
        <SubmitButton className="button button--secondary" name="request" value="evidence">
          증빙 첨부 요청
        </SubmitButton>
      </form>
    </div>
  );
}
