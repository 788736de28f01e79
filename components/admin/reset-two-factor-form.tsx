"use client";

import { useActionState, useRef } from "react";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { resetUserTwoFactorAction } from "@/lib/actions/auth/reset-user-two-factor";
import { IDLE } from "@/lib/actions/form-state";
import styles from "./admin.module.css";

/** Clears an account's authenticator (a lost phone); the user enrols again at the next login. */
export function ResetTwoFactorForm({ account }: { account: { id: number; username: string } }) {
  const [state, action] = useActionState(resetUserTwoFactorAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={action} noValidate className={styles.rowForm}>
      <input type="hidden" name="userId" value={account.id} />
      <SubmitButton className="button button--secondary">
        일회용 코드 초기화<span className="visually-hidden"> ({account.username})</span>
      </SubmitButton>
      <FormStatus state={state} formRef={formRef} />
    </form>
  );
}
