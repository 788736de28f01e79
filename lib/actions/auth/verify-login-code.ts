"use server";

import { AuthError } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/client-address";
import { openPendingLogin, PENDING_COOKIE } from "@/lib/auth/login-ticket";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { verifySecondFactor, type SecondFactorResult } from "@/lib/data/two-factor";
import { fieldErrors } from "@/lib/validations/issues";
import { loginCodeSchema } from "@/lib/validations/two-factor";
import { formDataToObject } from "../form-action";
import type { FormState } from "../form-state";
import { LOGIN_REFUSALS, startSession } from "./login-session";

const EXPIRED = "로그인 시간이 지났습니다. 아이디와 비밀번호부터 다시 입력해 주세요.";
const REFUSALS: Record<Exclude<SecondFactorResult["kind"], "ok">, string> = {
  invalid: "코드가 맞지 않습니다. 앱에 지금 보이는 6자리 숫자나 아직 쓰지 않은 복구 코드를 입력해 주세요.",
  locked: LOGIN_REFUSALS.locked,
  rate_limited: LOGIN_REFUSALS.rate_limited,
  expired: EXPIRED,
};

/** The login's second step: the one-time code (or a recovery code) for the account whose password was right. */
export async function verifyLoginCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = loginCodeSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { status: "error", message: "코드를 확인해 주세요.", errors: fieldErrors(parsed.error) };
  const jar = await cookies();
  const claim = await openPendingLogin(jar.get(PENDING_COOKIE)?.value);
  if (!claim) return { status: "error", message: EXPIRED };
  const ip = clientAddress(await headers());
  const result = await verifySecondFactor({ userId: claim.uid, sessionVersion: claim.sv, code: parsed.data.code, ip });
  if (result.kind !== "ok") {
    if (result.kind === "expired") jar.delete({ name: PENDING_COOKIE, path: "/login" });
    return { status: "error", message: REFUSALS[result.kind], errors: { code: [REFUSALS[result.kind]] } };
  }
  jar.delete({ name: PENDING_COOKIE, path: "/login" });
  try {
    await startSession(result.user);
  } catch (error) {
    if (error instanceof AuthError)
      return { status: "error", message: "로그인하지 못했습니다. 잠시 뒤 다시 시도해 주세요." };
    throw error;
  }
  redirect(safeCallbackPath(parsed.data.callbackUrl));
}
