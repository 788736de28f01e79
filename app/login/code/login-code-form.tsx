"use client";

import { useActionState, useRef } from "react";
import { TextField } from "@/components/forms/field";
import { formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE } from "@/lib/actions/form-state";
import { verifyLoginCodeAction } from "@/lib/actions/auth/verify-login-code";

export function LoginCodeForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(verifyLoginCodeAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={action} noValidate className="stack" key={formKey(state)}>
      <FormStatus state={state} formRef={formRef} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="code"
        label="일회용 코드 또는 복구 코드"
        autoComplete="one-time-code"
        inputMode="text"
        required
        maxLength={20}
        hint="예: 123456 또는 ABCDE-FGHJK"
        errors={state.errors?.code}
      />
      <SubmitButton>확인</SubmitButton>
    </form>
  );
}
