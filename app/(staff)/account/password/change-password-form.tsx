"use client";

import { useActionState, useRef } from "react";
import { TextField } from "@/components/forms/field";
import { formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { changePasswordAction } from "@/lib/actions/auth/change-password";
import { IDLE } from "@/lib/actions/form-state";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";

/** Passwords are never echoed back, so a refused form comes back empty with the reason beside each field. */
export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={action} noValidate className="stack" key={formKey(state)}>
      <FormStatus state={state} formRef={formRef} />
      <TextField
        name="currentPassword"
        label="현재 비밀번호"
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors?.currentPassword}
      />
      <TextField
        name="newPassword"
        label="새 비밀번호"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
        hint={`${PASSWORD_MIN_LENGTH}자 이상으로 정해 주세요. 문장처럼 긴 비밀번호가 기억하기 쉽고 안전합니다.`}
        errors={state.errors?.newPassword}
      />
      <TextField
        name="confirmPassword"
        label="새 비밀번호 확인"
        type="password"
        autoComplete="new-password"
        required
        errors={state.errors?.confirmPassword}
      />
      <SubmitButton>비밀번호 바꾸기</SubmitButton>
    </form>
  );
}
