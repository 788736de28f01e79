"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/config";
import { LOCKOUT_MINUTES } from "@/lib/auth/policy";
import { fieldErrors } from "@/lib/validations/issues";
import { loginSchema } from "@/lib/validations/user";
import { formDataToObject } from "../form-action";
import type { FormState } from "../form-state";

const REFUSALS: Record<string, string> = {
  invalid: "아이디 또는 비밀번호가 맞지 않습니다.",
  locked: `로그인에 여러 번 실패해 이 계정은 잠시 잠겼습니다. ${LOCKOUT_MINUTES}분 뒤 다시 시도하거나 관리자에게 문의해 주세요.`,
  rate_limited: `이 주소에서 로그인 시도가 너무 많습니다. ${LOCKOUT_MINUTES}분 뒤 다시 시도해 주세요.`,
};

/** Only same-site paths: a crafted callbackUrl must not send a user elsewhere after login. */
function safeCallback(url: string | undefined): string {
  return url && /^\/(?!\/|\\)/.test(url) ? url : "/workspace";
}

export async function loginAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = loginSchema.safeParse(formDataToObject(formData));
  const values = { username: String(formData.get("username") ?? "").slice(0, 100) };
  if (!parsed.success)
    return {
      status: "error",
      message: "아이디와 비밀번호를 입력해 주세요.",
      errors: fieldErrors(parsed.error),
      values,
    };
  try {
    await signIn("credentials", { username: parsed.data.username, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin)
      return { status: "error", message: REFUSALS[error.code] ?? REFUSALS.invalid, values };
    if (error instanceof AuthError)
      return { status: "error", message: "로그인하지 못했습니다. 잠시 뒤 다시 시도해 주세요.", values };
    throw error;
  }
  redirect(safeCallback(parsed.data.callbackUrl));
}
