import "server-only";
import { and, count, desc, eq, gt, sql } from "drizzle-orm";
import { db } from "@/db";
import { loginAttempts, users, type User } from "@/db/schema";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { LOGIN_WINDOW_MS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "@/lib/auth/policy";
import { recordAudit } from "./audit-writer";

export type LoginRefusal = "invalid" | "locked" | "rate_limited";
export type LoginResult = { ok: true; user: User } | { ok: false; reason: LoginRefusal };

/** Failures since the later of the window start and the last success, for this name or address. */
function recentFailures(column: "username" | "ip", value: string, now: number): number {
  const key = column === "username" ? loginAttempts.username : loginAttempts.ip;
  const since = new Date(now - LOGIN_WINDOW_MS);
  const lastSuccess = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(key, value), eq(loginAttempts.success, true), gt(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at))
    .limit(1)
    .get()?.at;
  const [{ n }] = db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(key, value), eq(loginAttempts.success, false), gt(loginAttempts.at, lastSuccess ?? since)))
    .all();
  return n;
}

/**
 * Checks a login. Limits repeated failures per account name (whether or not it exists, so the
 * answer does not reveal which names exist) and per address, and writes every attempt, lockout
 * and success to the audit log.
 */
export async function authenticate(input: { username: string; password: string; ip: string }): Promise<LoginResult> {
  const now = Date.now();
  const username = input.username.trim();

  if (recentFailures("ip", input.ip, now) >= MAX_FAILURES_PER_ADDRESS) {
    db.transaction((tx) => {
      tx.insert(loginAttempts)
        .values({ username, ip: input.ip, success: false, at: new Date(now) })
        .run();
      recordAudit(tx, { actor: null, action: "auth.rate_limited", entityType: "user", note: username, ip: input.ip });
    });
    return { ok: false, reason: "rate_limited" };
  }
  if (recentFailures("username", username, now) >= MAX_FAILURES_PER_ACCOUNT) {
    db.transaction((tx) => {
      tx.insert(loginAttempts)
        .values({ username, ip: input.ip, success: false, at: new Date(now) })
        .run();
      recordAudit(tx, { actor: null, action: "auth.locked_attempt", entityType: "user", note: username, ip: input.ip });
    });
    return { ok: false, reason: "locked" };
  }

  const user = db.select().from(users).where(eq(users.username, username)).get();
  // Verify against a dummy hash for unknown names so the response time does not reveal them.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  const ok = Boolean(user && user.active && passwordOk);

  return db.transaction((tx) => {
    tx.insert(loginAttempts)
      .values({ username, ip: input.ip, success: ok, at: new Date(now) })
      .run();
    const actor = user ? { userId: user.id, username: user.username } : null;
    if (ok && user) {
      tx.update(users)
        .set({ lastLoginAt: new Date(now), lockedUntil: null })
        .where(eq(users.id, user.id))
        .run();
      recordAudit(tx, {
        actor,
        action: "auth.login",
        entityType: "user",
        entityId: user.id,
        departmentId: user.departmentId,
        ip: input.ip,
      });
      return { ok: true as const, user };
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
    if (recentFailures("username", username, now + 1) >= MAX_FAILURES_PER_ACCOUNT) {
      const lockedUntil = new Date(now + LOGIN_WINDOW_MS);
      if (user) tx.update(users).set({ lockedUntil }).where(eq(users.id, user.id)).run();
      recordAudit(tx, {
        actor,
        action: "auth.lockout",
        entityType: "user",
        entityId: user?.id,
        departmentId: user?.departmentId,
        note: username,
        ip: input.ip,
      });
    }
    return { ok: false as const, reason: "invalid" as const };
  });
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
