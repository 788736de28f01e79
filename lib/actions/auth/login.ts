"use server";

import { AuthError } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/client-address";
import { PENDING_COOKIE, PENDING_SECONDS, sealPendingLogin } from "@/lib/auth/login-ticket";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { authenticate } from "@/lib/data/authentication";
import { fieldErrors } from "@/lib/validations/issues";
import { loginSchema } from "@/lib/validations/user";
import { formDataToObject } from "../form-action";
import type { FormState } from "../form-state";
import { LOGIN_REFUSALS, overHttps, startSession } from "./login-session";

/**
 * The login's first step. A right password for an account with an authenticator leads to the code
 * step (a sealed note in a short-lived cookie says whose password it was); otherwise the session
 * starts here.
 */
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
  const ip = clientAddress(await headers());
  const result = await authenticate({ username: parsed.data.username, password: parsed.data.password, ip });
  if (!result.ok) return { status: "error", message: LOGIN_REFUSALS[result.reason], values };
  const callbackUrl = safeCallbackPath(parsed.data.callbackUrl);

  if (result.secondFactor) {
    (await cookies()).set(
      PENDING_COOKIE,
      await sealPendingLogin({ uid: result.user.id, sv: result.user.sessionVersion }),
      {
        httpOnly: true,
        sameSite: "lax",
        secure: await overHttps(),
        path: "/login",
        maxAge: PENDING_SECONDS,
      },
    );
    redirect(`/login/code?${new URLSearchParams({ callbackUrl })}`);
  }
  try {
    await startSession(result.user);
  } catch (error) {
    if (error instanceof AuthError)
      return { status: "error", message: "로그인하지 못했습니다. 잠시 뒤 다시 시도해 주세요.", values };
    throw error;
  }
  redirect(callbackUrl);
}
