"use client";

import { useActionState, useRef } from "react";
import { SelectField } from "@/components/forms/field";
import { fieldValue, formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE } from "@/lib/actions/form-state";
import { setUserRoleAction } from "@/lib/actions/users/set-user-role";
import styles from "./admin.module.css";

type Props = {
  account: { id: number; username: string; role: string };
  /** The roles this viewer may give (lib/auth/can.ts "users.set-role"): planners never offer 관리자. */
  roles: { value: string; label: string }[];
};

/** One account's role, changed in place; the server checks the same rule again. */
export function RoleForm({ account, roles }: Props) {
  const [state, action] = useActionState(setUserRoleAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={action} noValidate className={styles.rowForm} key={formKey(state)}>
      <input type="hidden" name="userId" value={account.id} />
      <SelectField
        id={`user-${account.id}-role`}
        name="role"
        label="역할"
        required
        options={roles}
        defaultValue={fieldValue(state, "role", account.role)}
        errors={state.errors?.role}
      />
      <SubmitButton className="button button--secondary">
        역할 바꾸기<span className="visually-hidden"> ({account.username})</span>
      </SubmitButton>
      <FormStatus state={state} formRef={formRef} />
    </form>
  );
}
