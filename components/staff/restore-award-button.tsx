"use client";

import { useActionState, useRef } from "react";
import { restoreAwardAction } from "@/lib/actions/awards/restore-award";
import { IDLE } from "@/lib/actions/form-state";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

export function RestoreAwardButton({ id, title }: { id: number; title: string }) {
  const [state, action] = useActionState(restoreAwardAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={action}>
      <FormStatus state={state} formRef={formRef} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton className="button button--secondary" aria-label={`${title} 복원`}>
        복원
      </SubmitButton>
    </form>
  );
}
