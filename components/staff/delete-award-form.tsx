"use client";

import { useActionState, useRef } from "react";
import { deleteAwardAction } from "@/lib/actions/awards/delete-award";
import { IDLE } from "@/lib/actions/form-state";
import { withParticle } from "@/lib/korean";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

/** Deleting is soft: planners move the award to the trash, officers ask for it through review. */
export function DeleteAwardForm({
  id,
  version,
  submissionVersion,
  reviewOffice,
}: {
  id: number;
  version: number;
  /** The open proposal this page showed, or "none". */
  submissionVersion: number | "none";
  reviewOffice: string;
}) {
  const [state, action] = useActionState(deleteAwardAction, IDLE);
  // After a refusal, the proposal now open is the base: deleting again is a choice made knowing it.
  const seen = state.current && "proposalVersion" in state.current ? state.current.proposalVersion : undefined;
  const base = seen === undefined ? submissionVersion : typeof seen === "number" ? seen : "none";
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <section aria-labelledby="delete-award-title" className="danger-zone">
      <h2 id="delete-award-title">수상 실적 삭제</h2>
      <form ref={formRef} action={action}>
        <FormStatus state={state} formRef={formRef} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="submissionVersion" value={base} />
        <p>삭제한 수상 실적은 휴지통으로 옮겨지며, {withParticle(reviewOffice, "이/가")} 복원할 수 있습니다.</p>
        <SubmitButton className="button button--danger">삭제</SubmitButton>
      </form>
    </section>
  );
}
