"use client";

import { setUserRoleAction } from "@/lib/actions/users/set-user-role";
import { AccountChoiceForm } from "./account-choice-form";

type Props = {
  account: { id: number; username: string; role: string };
  /** The roles this viewer may give (lib/auth/can.ts "users.set-role"): planners never offer 관리자. */
  roles: { value: string; label: string }[];
};

/** One account's role, changed in place; the server checks the same rule again. */
export function RoleForm({ account, roles }: Props) {
  return (
    <AccountChoiceForm
      account={account}
      action={setUserRoleAction}
      name="role"
      label="역할"
      options={roles}
      current={account.role}
      button="역할 바꾸기"
    />
  );
}
