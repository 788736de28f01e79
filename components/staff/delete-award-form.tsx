"use client";

import { useActionState, useRef } from "react";
import { deleteAwardAction } from "@/lib/actions/awards/delete-award";
import { IDLE } from "@/lib/actions/form-state";
import { withParticle } from "@/lib/korean";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

/** Deleting is soft: planners move the award to the trash, officers ask for it through review. */
export function DeleteAwardForm({ id, version, reviewOffice }: { id: number; version: number; reviewOffice: string }) {
  const [state, action] = useActionState(deleteAwardAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <section aria-labelledby="delete-award-title" className="danger-zone">
      <h2 id="delete-award-title">수상 실적 삭제</h2>
      <form ref={formRef} action={action}>
        <FormStatus state={state} formRef={formRef} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <p>삭제한 수상 실적은 휴지통으로 옮겨지며, {withParticle(reviewOffice, "이/가")} 복원할 수 있습니다.</p>
        <SubmitButton className="button button--danger">삭제</SubmitButton>
      </form>
    </section>
  );
}
