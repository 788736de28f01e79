import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { users, type User } from "@/db/schema";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { LOGIN_WINDOW_MS } from "@/lib/auth/policy";
import { recordAudit } from "./audit-writer";
import { reserveAttempt, settleAttemptAsSuccess } from "./login-attempts";
import { hasConfirmedTwoFactor } from "./two-factor-status";

export type LoginRefusal = "invalid" | "locked" | "rate_limited";
/** `secondFactor`: the password was right, and the account's one-time code must follow. */
export type LoginResult = { ok: true; user: User; secondFactor: boolean } | { ok: false; reason: LoginRefusal };

/**
 * Checks a login. Limits repeated failures per account name (whether or not it exists, so the
 * answer does not reveal which names exist) and per address, however many guesses arrive at once:
 * each takes its place under the limits before its password is checked (reserveAttempt). Every
 * failure and success is audited; refusals are counted per window (lib/data/login-attempts.ts).
 *
 * For an account with one-time codes a right password does not clear the failure count: only the
 * code does (lib/data/two-factor.ts), so knowing the password does not buy more code guesses.
 */
export async function authenticate(input: { username: string; password: string; ip: string }): Promise<LoginResult> {
  const now = Date.now();
  const username = input.username.trim();
  const reservation = reserveAttempt({ username, ip: input.ip }, now);
  if (reservation.kind !== "reserved") return { ok: false, reason: reservation.kind };

  const user = db.select().from(users).where(eq(users.username, username)).get();
  // Verify against a dummy hash for unknown names so the response time does not reveal them.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  const ok = Boolean(user && user.active && passwordOk);

  return db.transaction((tx) => {
    const actor = user ? { userId: user.id, username: user.username } : null;
    if (ok && user) {
      if (hasConfirmedTwoFactor(tx, user.id)) return { ok: true as const, user, secondFactor: true };
      recordLogin(tx, user, { attemptId: reservation.id, ip: input.ip, now });
      return { ok: true as const, user, secondFactor: false };
    }
    const note = !user ? `알 수 없는 아이디: ${username}` : !user.active ? "비활성화된 계정" : "비밀번호 불일치";
    recordAudit(tx, {
      actor,
      action: "auth.login_failed",
      entityType: "user",
      entityId: user?.id,
      departmentId: user?.departmentId,
      note,
      ip: input.ip,
    });
    if (reservation.last) recordLockout(tx, { username, user, ip: input.ip, now });
    return { ok: false as const, reason: "invalid" as const };
  });
}

/** The guess that used up the account's allowance: mark the account and say so once. */
export function recordLockout(
  tx: Executor,
  input: { username: string; user: User | undefined; ip: string; now: number },
): void {
  const { user } = input;
  if (user) {
    tx.update(users)
      .set({ lockedUntil: new Date(input.now + LOGIN_WINDOW_MS) })
      .where(eq(users.id, user.id))
      .run();
  }
  recordAudit(tx, {
    actor: user ? { userId: user.id, username: user.username } : null,
    action: "auth.lockout",
    entityType: "user",
    entityId: user?.id,
    departmentId: user?.departmentId,
    note: input.username,
    ip: input.ip,
  });
}

/** Has this account a confirmed authenticator? (Read into the viewer for the enrolment gate.) */
export function hasTwoFactor(userId: number): boolean {
  return hasConfirmedTwoFactor(db, userId);
}

/** The account behind a session token, or null when it no longer may use one. */
export function loadSessionUser(userId: number, sessionVersion: number): User | null {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return user;
}

/**
 * Logging out ends the session everywhere: the token is self-contained, so deleting the browser's
 * copy is not enough; moving the session version on refuses every copy of it.
 */
export function recordLogout(user: { userId: number; username: string }, ip: string | null): void {
  db.transaction((tx) => {
    tx.update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, user.userId))
      .run();
    recordAudit(tx, { actor: user, action: "auth.logout", entityType: "user", entityId: user.userId, ip });
  });
}

/** A login that passed every step: its reserved attempt counts as a success, and it is audited. */
export function recordLogin(
  tx: Executor,
  user: User,
  login: { attemptId: number; ip: string; now: number; note?: string },
): void {
  settleAttemptAsSuccess(tx, login.attemptId);
  tx.update(users)
    .set({ lastLoginAt: new Date(login.now), lockedUntil: null })
    .where(eq(users.id, user.id))
    .run();
  recordAudit(tx, {
    actor: { userId: user.id, username: user.username },
    action: "auth.login",
    entityType: "user",
    entityId: user.id,
    departmentId: user.departmentId,
    note: login.note,
    ip: login.ip,
  });
}
