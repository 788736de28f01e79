"use client";

import { useActionState, useRef } from "react";
import { loginAction } from "@/lib/actions/auth/login";
import { IDLE } from "@/lib/actions/form-state";
import { TextField } from "@/components/forms/field";
import { fieldValue, formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

const NOTICES: Record<string, string> = {
  logout: "로그아웃했습니다.",
  expired: "로그인 시간이 지났습니다. 다시 로그인해 주세요.",
  password: "비밀번호를 바꿨습니다. 새 비밀번호로 다시 로그인해 주세요.",
};

export function LoginForm({ callbackUrl, notice: noticeCode }: { callbackUrl: string; notice?: string }) {
  const [state, action] = useActionState(loginAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const notice = noticeCode ? NOTICES[noticeCode] : undefined;
  return (
    <form ref={formRef} action={action} noValidate className="stack" key={formKey(state)}>
      {notice && state.status === "idle" ? (
        <p role="status" className="alert">
          {notice}
        </p>
      ) : null}
      <FormStatus state={state} formRef={formRef} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="username"
        label="아이디"
        autoComplete="username"
        required
        defaultValue={fieldValue(state, "username", "")}
        errors={state.errors?.username}
      />
      <TextField
        name="password"
        label="비밀번호"
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors?.password}
      />
      <SubmitButton>로그인</SubmitButton>
    </form>
  );
}
