"use client";

import { type ReactNode, useActionState, useRef } from "react";
import { SelectField } from "@/components/forms/field";
import { fieldValue, formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { type FormState, IDLE } from "@/lib/actions/form-state";
import styles from "./admin.module.css";

type Account = { id: number; username: string };

/** The button's visible word first, then whose account, so a list of buttons read out of context still says which row. */
export function ButtonText({ text, username }: { text: string; username: string }) {
  return (
    <>
      {text}
      <span className="visually-hidden"> ({username})</span>
    </>
  );
}

type AccountAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The shell every per-account form on /admin/users shares: its own action state (so a refusal shows
 * beside its own field), the account's id, and the status line. The fields come from `children`.
 */
export function AccountRowForm({
  account,
  action: serverAction,
  children,
}: {
  account: Account;
  action: AccountAction;
  children: (state: FormState) => ReactNode;
}) {
  const [state, action] = useActionState(serverAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={action} noValidate className={styles.rowForm} key={formKey(state)}>
      <input type="hidden" name="userId" value={account.id} />
      {children(state)}
      <FormStatus state={state} formRef={formRef} />
    </form>
  );
}

/**
 * One choice about one account, changed in place (its role, its department): a select and a button
 * in a small form of its own, so a refusal shows beside that select. The server checks again.
 */
export function AccountChoiceForm({
  account,
  action,
  name,
  label,
  options,
  current,
  placeholder,
  button,
}: {
  account: Account;
  action: AccountAction;
  name: string;
  label: string;
  options: { value: string | number; label: string }[];
  current: string | number | null;
  placeholder?: string;
  button: string;
}) {
  return (
    <AccountRowForm account={account} action={action}>
      {(state) => (
        <>
          <SelectField
            id={`user-${account.id}-${name}`}
            name={name}
            label={label}
            required
            placeholder={placeholder}
            options={options}
            defaultValue={fieldValue(state, name, current)}
            errors={state.errors?.[name]}
          />
          <SubmitButton className="button button--secondary">
            <ButtonText text={button} username={account.username} />
          </SubmitButton>
        </>
      )}
    </AccountRowForm>
  );
}
