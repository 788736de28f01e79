import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Executor, transaction } from "@/db";
import { users, type User } from "@/db/schema";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
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
  const reservation = await reserveAttempt({ username, ip: input.ip }, now);
  if (reservation.kind !== "reserved") return { ok: false, reason: reservation.kind };

  const [user] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  // Verify against a dummy hash for unknown names so the response time does not reveal them.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  const ok = Boolean(user && user.active && passwordOk);

  return await transaction(async (tx): Promise<LoginResult> => {
    const actor = user ? { userId: user.id, username: user.username } : null;
    if (ok && user) {
      if (await hasConfirmedTwoFactor(tx, user.id)) return { ok: true, user, secondFactor: true };
      await recordLogin(tx, user, { attemptId: reservation.id, ip: input.ip, now });
      return { ok: true, user, secondFactor: false };
    }
    const note = !user ? `알 수 없는 아이디: ${username}` : !user.active ? "비활성화된 계정" : "비밀번호 불일치";
    await recordAudit(tx, {
      actor,
      action: "auth.login_failed",
      entityType: "user",
      entityId: user?.id,
      departmentId: user?.departmentId,
      note,
      ip: input.ip,
    });
    if (reservation.last) await recordLockout(tx, { username, user, ip: input.ip, now });
    return { ok: false, reason: "invalid" };
  });
}

/**
 * The guess that used up the account's allowance: say so once. The lock itself is the count of
 * failures in login_attempts (reserveAttempt), which every later guess reads.
 */
export async function recordLockout(
  tx: Executor,
  input: { username: string; user: User | undefined; ip: string; now: number },
): Promise<void> {
  const { user } = input;
  await recordAudit(tx, {
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
export async function hasTwoFactor(userId: number): Promise<boolean> {
  return await hasConfirmedTwoFactor(db, userId);
}

/** The account behind a session token, or null when it no longer may use one. */
export async function loadSessionUser(userId: number, sessionVersion: number): Promise<User | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return user;
}

/**
 * Logging out ends the session everywhere: the token is self-contained, so deleting the browser's
 * copy is not enough; moving the session version on refuses every copy of it.
 */
export async function recordLogout(user: { userId: number; username: string }, ip: string | null): Promise<void> {
  await transaction(async (tx) => {
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, user.userId));
    await recordAudit(tx, { actor: user, action: "auth.logout", entityType: "user", entityId: user.userId, ip });
  });
}

/** A login that passed every step: its reserved attempt counts as a success, and it is audited. */
export async function recordLogin(
  tx: Executor,
  user: User,
  login: { attemptId: number; ip: string; now: number; note?: string },
): Promise<void> {
  await settleAttemptAsSuccess(tx, login.attemptId);
  await tx
    .update(users)
    .set({ lastLoginAt: new Date(login.now) })
    .where(eq(users.id, user.id));
  await recordAudit(tx, {
    actor: { userId: user.id, username: user.username },
    action: "auth.login",
    entityType: "user",
    entityId: user.id,
    departmentId: user.departmentId,
    note: login.note,
    ip: login.ip,
  });
}
