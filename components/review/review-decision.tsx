"use client";

import { useActionState, useRef } from "react";
import { TextAreaField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE } from "@/lib/actions/form-state";
import { approveSubmissionsAction } from "@/lib/actions/submissions/approve-submissions";
import { returnSubmissionsAction } from "@/lib/actions/submissions/return-submissions";
import styles from "./review.module.css";
import { useNoticeOnSuccess } from "./use-notice-on-success";

/**
 * 승인 or 반려 for one submission. `selection` is "id:version": approving a submission that changed
 * after the page was drawn is refused rather than applied unseen.
 */
export function ReviewDecision({ selection }: { selection: string }) {
  const [approved, approve] = useActionState(approveSubmissionsAction, IDLE);
  const [returned, giveBack] = useActionState(returnSubmissionsAction, IDLE);
  const approveRef = useRef<HTMLFormElement>(null);
  const returnRef = useRef<HTMLFormElement>(null);
  useNoticeOnSuccess(approved, "approved");
  useNoticeOnSuccess(returned, "returned");
  const id = selection.replace(":", "-");
  return (
    <div className={styles.decision}>
      <form ref={approveRef} action={approve}>
        <FormStatus state={approved} formRef={approveRef} />
        <input type="hidden" name="selected" value={selection} />
        <SubmitButton>승인</SubmitButton>
      </form>
      <form ref={returnRef} action={giveBack} noValidate className={styles.returnForm}>
        <FormStatus state={returned} formRef={returnRef} />
        <input type="hidden" name="selected" value={selection} />
        <TextAreaField
          id={`reason-${id}`}
          name="reason"
          label="반려 사유"
          rows={2}
          maxLength={500}
          required
          hint="제출한 부서에 그대로 보입니다."
          errors={returned.errors?.reason}
          defaultValue={typeof returned.values?.reason === "string" ? returned.values.reason : ""}
        />
        <SubmitButton className="button button--secondary">반려</SubmitButton>
      </form>
    </div>
  );
}
