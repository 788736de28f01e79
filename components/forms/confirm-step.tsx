"use client";

import { useEffect, useRef } from "react";
import { CONFIRMED_FIELD, type FormState } from "@/lib/actions/form-state";
import { SubmitButton } from "./form-status";

/**
 * The second step of an irreversible or public action: the question the server asked, a button
 * that sends the same form again with confirmed=yes, and a way back that does nothing. Rendered
 * from the action's state, so it works the same without JavaScript.
 */
export function ConfirmStep({
  state,
  cancelHref,
  id,
  subject,
}: {
  state: FormState;
  cancelHref: string;
  id: string;
  /** What the question is about, when the question itself cannot name it (which account). */
  subject?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "confirm") ref.current?.focus();
  }, [state]);
  if (state.status !== "confirm") return null;
  return (
    <div ref={ref} tabIndex={-1} className="alert alert--warning" role="alert" id={id}>
      {subject ? (
        <p>
          <strong>{subject}</strong>
        </p>
      ) : null}
      <p>{state.message}</p>
      <input type="hidden" name={CONFIRMED_FIELD} value="yes" />
      <div className="confirm-step__buttons">
        <SubmitButton className="button button--danger">{state.confirmLabel ?? "확인"}</SubmitButton>
        {/* A full load, not a client navigation: the form's state (this question) must be dropped. */}
        <a href={cancelHref} className="button button--secondary">
          취소
        </a>
      </div>
    </div>
  );
}
