import { decode, encode } from "next-auth/jwt";
import { authSecret } from "./secret";

/**
 * Two sealed notes (encrypted JWTs under the auth secret, each with its own salt so neither can
 * stand in for the other):
 * - the ticket: "this account passed every login step", handed in-process to Auth.js's signIn,
 *   the only thing the credentials provider accepts. So posting a name and password straight to
 *   /api/auth/callback/credentials cannot skip the one-time code.
 * - the pending note: "this account's password was right, its code is next", kept in a short-lived
 *   HttpOnly cookie between the two login steps.
 */
const TICKET_SALT = "seonggwa.login-ticket";
const PENDING_SALT = "seonggwa.login-pending";
export const PENDING_COOKIE = "seonggwa-login-pending";
export const PENDING_SECONDS = 5 * 60;

export type LoginClaim = { uid: number; sv: number };

async function seal(claim: LoginClaim, salt: string, maxAge: number): Promise<string> {
  return encode({ token: { uid: claim.uid, sv: claim.sv }, secret: authSecret(), salt, maxAge });
}

async function open(raw: unknown, salt: string): Promise<LoginClaim | null> {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 4000) return null;
  const token = await decode({ token: raw, secret: authSecret(), salt }).catch(() => null);
  if (!token || typeof token.uid !== "number" || typeof token.sv !== "number") return null;
  return { uid: token.uid, sv: token.sv };
}

export const sealLoginTicket = (claim: LoginClaim) => seal(claim, TICKET_SALT, 60);
export const openLoginTicket = (raw: unknown) => open(raw, TICKET_SALT);
export const sealPendingLogin = (claim: LoginClaim) => seal(claim, PENDING_SALT, PENDING_SECONDS);
export const openPendingLogin = (raw: unknown) => open(raw, PENDING_SALT);
