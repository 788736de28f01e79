"use client";

import { useRef } from "react";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE } from "@/lib/actions/form-state";
import { errorsOnly, useReviewActions } from "./review-actions";

/**
 * Lets the public open an evidence file, or takes that back. Until a planner does, the public
 * award list says only that evidence exists ("증빙 있음").
 */
export function EvidencePublicButton({ file }: { file: { id: number; fileName: string; isPublic: boolean } }) {
  const { evidencePublic } = useReviewActions();
  const formRef = useRef<HTMLFormElement>(null);
  const mine = evidencePublic.state.values?.id === String(file.id);
  return (
    <form ref={formRef} action={evidencePublic.dispatch}>
      <FormStatus state={mine ? errorsOnly(evidencePublic.state) : IDLE} formRef={formRef} />
      <input type="hidden" name="id" value={file.id} />
      <input type="hidden" name="isPublic" value={file.isPublic ? "false" : "true"} />
      <SubmitButton className="button button--secondary">
        {file.isPublic ? "공개 취소" : "공개"}
        <span className="visually-hidden"> ({file.fileName})</span>
      </SubmitButton>
    </form>
  );
}
