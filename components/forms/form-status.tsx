"use client";

import { useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/actions/form-state";

/**
 * The message at the top of a form. After a refused submit it moves focus to the first invalid
 * field (or to itself when the problem is not one field's), so keyboard and screen-reader users
 * land where the fix is.
 */
export function FormStatus({ state, formRef }: { state: FormState; formRef: React.RefObject<HTMLFormElement | null> }) {
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "error") return;
    const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    (invalid ?? messageRef.current)?.focus();
  }, [state, formRef]);
  if (state.status === "idle" || !state.message) return null;
  return (
    <div
      ref={messageRef}
      tabIndex={-1}
      role={state.status === "error" ? "alert" : "status"}
      className={`alert alert--${state.status === "error" ? "error" : "success"}`}
    >
      {state.message}
    </div>
  );
}

export function SubmitButton({
  children,
  className = "button",
  ...rest
}: React.ButtonHTMLAttributes<HTMLButtonElement>) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending} {...rest}>
      {pending ? "처리 중…" : children}
    </button>
  );
}
