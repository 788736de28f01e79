"use client";

import { useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/actions/form-state";

/**
 * The message at the top of a form. After a refused submit it moves focus to the first invalid
 * field (or to itself when the problem is not one field's), so keyboard and screen-reader users
 * land where the fix is.
 *
 * With `fields` (name → label) a refusal also lists the fields to fix, each a link to its control:
 * the message itself stays beside the field, so every error is said once. An error for a field the
 * form does not show (a hidden year) has nowhere else to appear and is listed in words.
 */
export function FormStatus({
  state,
  formRef,
  fields,
}: {
  state: FormState;
  formRef: React.RefObject<HTMLFormElement | null>;
  fields?: Record<string, string>;
}) {
  const messageRef = useRef<HTMLDivElement>(null);
  // A success message is news until the next thing the user does: sending any other form on the
  // page retires it, so an old "저장했습니다" never stands beside the result of a newer action.
  const [retired, setRetired] = useState(false);
  useEffect(() => {
    setRetired(false);
    if (state.status !== "success") return;
    const retire = (event: Event) => {
      if (event.target !== formRef.current) setRetired(true);
    };
    document.addEventListener("submit", retire, true);
    return () => document.removeEventListener("submit", retire, true);
  }, [state, formRef]);
  useEffect(() => {
    if (state.status !== "error") return;
    const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    (invalid ?? messageRef.current)?.focus();
  }, [state, formRef]);
  // A confirmation question is the ConfirmStep's to show, with its buttons.
  if (state.status === "idle" || state.status === "confirm" || !state.message || retired) return null;
  const errors = fields && state.status === "error" ? Object.entries(state.errors ?? {}) : [];
  return (
    <div
      ref={messageRef}
      tabIndex={-1}
      role={state.status === "error" ? "alert" : "status"}
      className={`alert alert--${state.status === "error" ? "error" : "success"}`}
    >
      {state.message}
      {errors.length > 0 ? (
        <ul className="error-summary" aria-label="고칠 항목">
          {errors.map(([name, messages]) =>
            fields?.[name] ? (
              <li key={name}>
                <a href={`#field-${name}`}>{fields[name]}</a>
              </li>
            ) : (
              <li key={name}>{messages.join(" ")}</li>
            ),
          )}
        </ul>
      ) : null}
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
