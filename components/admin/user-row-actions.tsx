"use client";

import Link from "next/link";
import { TextField } from "@/components/forms/field";
import { ConfirmStep } from "@/components/forms/confirm-step";
import { SubmitButton } from "@/components/forms/form-status";
import { moveUserDepartmentAction } from "@/lib/actions/users/move-user-department";
import { resetUserPasswordAction } from "@/lib/actions/users/reset-user-password";
import { setUserActiveAction } from "@/lib/actions/users/set-user-active";
import type { RegistryDepartment } from "@/lib/data/public-registry";
import { AccountChoiceForm, AccountRowForm, ButtonText } from "./account-choice-form";
import styles from "./admin.module.css";

type Account = { id: number; username: string };

function ActiveForm({ account, active }: { account: Account; active: boolean }) {
  return (
    <AccountRowForm account={account} action={setUserActiveAction}>
      {(state) => (
        <>
          <input type="hidden" name="active" value={String(!active)} />
          <ConfirmStep
            state={state}
            cancelHref="/admin/users"
            id={`user-${account.id}-confirm`}
            subject={`${account.username} 계정`}
          />
          {state.status === "confirm" ? null : (
            <SubmitButton className={active ? "button button--danger" : "button button--secondary"}>
              <ButtonText text={active ? "비활성화" : "활성화"} username={account.username} />
            </SubmitButton>
          )}
        </>
      )}
    </AccountRowForm>
  );
}

function ResetPasswordForm({ account }: { account: Account }) {
  return (
    <AccountRowForm account={account} action={resetUserPasswordAction}>
      {(state) => (
        <>
          <TextField
            id={`user-${account.id}-password`}
            name="password"
            label="임시 비밀번호"
            type="password"
            autoComplete="new-password"
            required
            errors={state.errors?.password}
          />
          <SubmitButton className="button button--secondary">
            <ButtonText text="임시 비밀번호 설정" username={account.username} />
          </SubmitButton>
        </>
      )}
    </AccountRowForm>
  );
}

type Props = {
  account: Account;
  active: boolean;
  departmentId: number | null;
  departments: RegistryDepartment[];
  /**
   * The admin's own row. The data layer refuses self-deactivation, and a temporary password would
   * end the admin's own session, so neither is offered; they change their password like anyone else.
   */
  isSelf: boolean;
};

/**
 * The actions for one account, each its own small form so one refusal shows beside its own field.
 * The visually hidden legend names the account for screen readers moving through the form controls.
 */
export function UserRowActions({ account, active, departmentId, departments, isSelf }: Props) {
  return (
    <fieldset className={styles.rowActions}>
      <legend className="visually-hidden">{account.username} 계정 관리</legend>
      {isSelf ? (
        <p className="field-hint">
          본인 계정은 비활성화할 수 없습니다. 내 비밀번호는 <Link href="/account/password">비밀번호 변경</Link>에서
          바꿉니다.
        </p>
      ) : (
        <>
          <ActiveForm account={account} active={active} />
          <ResetPasswordForm account={account} />
        </>
      )}
      <AccountChoiceForm
        account={account}
        action={moveUserDepartmentAction}
        name="departmentId"
        label="부서"
        placeholder="부서 선택"
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
        current={departmentId}
        button="부서 이동"
      />
    </fieldset>
  );
}
