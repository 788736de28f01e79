import "server-only";
import { headers } from "next/headers";
import type { User } from "@/db/schema";
import { signIn } from "@/lib/auth/config";
import { sealLoginTicket } from "@/lib/auth/login-ticket";
import { LOCKOUT_MINUTES } from "@/lib/auth/policy";
import type { LoginRefusal } from "@/lib/data/authentication";

/** Issues the session for an account that has passed every login step. */
export async function startSession(user: User): Promise<void> {
  const ticket = await sealLoginTicket({ uid: user.id, sv: user.sessionVersion });
  await signIn("credentials", { ticket, redirect: false });
}

/** Whether the browser reached us over HTTPS (directly or through the proxy that says so). */
export async function overHttps(): Promise<boolean> {
  return (await headers()).get("x-forwarded-proto") === "https";
}

export const LOGIN_REFUSALS: Record<LoginRefusal, string> = {
  invalid: "아이디 또는 비밀번호가 맞지 않습니다.",
  locked: `로그인에 여러 번 실패해 이 계정은 잠시 잠겼습니다. ${LOCKOUT_MINUTES}분 뒤 다시 시도하거나 관리자에게 문의해 주세요.`,
  rate_limited: `이 주소에서 로그인 시도가 너무 많습니다. ${LOCKOUT_MINUTES}분 뒤 다시 시도해 주세요.`,
};
