import "server-only";
import { and, count, desc, eq, gt, lt, sql } from "drizzle-orm";
import { type Executor, transaction } from "@/db";
import { takeTurns } from "@/db/raw";
import { loginAttempts, loginRefusals } from "@/db/schema";
import {
  LOGIN_ATTEMPT_RETENTION_MS,
  LOGIN_WINDOW_MS,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
} from "@/lib/auth/policy";
import { recordAudit } from "./audit-writer";

/**
 * A guess may go ahead only once its place under the limits is taken. `last` marks the guess that
 * used up the account's allowance, so exactly one failure reports the lockout.
 */
export type Reservation =
  | { kind: "reserved"; id: number; last: boolean }
  | { kind: "locked"; firstInWindow: boolean }
  | { kind: "rate_limited"; firstInWindow: boolean };

/** Failures (and guesses not yet settled) since the later of the window start and the last success. */
async function failuresSince(tx: Executor, column: "username" | "ip", value: string, now: number): Promise<number> {
  const key = column === "username" ? loginAttempts.username : loginAttempts.ip;
  const since = new Date(now - LOGIN_WINDOW_MS);
  const [lastSuccess] = await tx
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(key, value), eq(loginAttempts.success, true), gt(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at))
    .limit(1);
  const [row] = await tx
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(key, value), eq(loginAttempts.success, false), gt(loginAttempts.at, lastSuccess?.at ?? since)));
  return row?.n ?? 0;
}

/** Counts a refusal in its window's row; true when it is the first, which alone gets an audit row. */
async function countRefusal(tx: Executor, kind: "locked" | "rate_limited", key: string, now: number): Promise<boolean> {
  const windowStart = new Date(Math.floor(now / LOGIN_WINDOW_MS) * LOGIN_WINDOW_MS);
  const [row] = await tx
    .insert(loginRefusals)
    .values({ kind, key, windowStart, count: 1, lastAt: new Date(now) })
    .onConflictDoUpdate({
      target: [loginRefusals.kind, loginRefusals.key, loginRefusals.windowStart],
      set: { count: sql`${loginRefusals.count} + 1`, lastAt: new Date(now) },
    })
    .returning({ count: loginRefusals.count });
  return row.count === 1;
}

/**
 * Takes a place for one password (or code) guess before it is checked: the count and the insert
 * run in one transaction, and reservations take turns (takeTurns; on SQLite the write lock from
 * the first read), so no other request, process or instance can count between them. The
 * reserved row counts as a failure until settleAttempt says otherwise; a slow password check
 * therefore cannot let extra guesses through.
 */
export async function reserveAttempt(input: { username: string; ip: string }, now = Date.now()): Promise<Reservation> {
  return await oneAtATime(input.ip, () => reserve(input, now));
}

// Guesses from one address wait their turn in this process before taking a database connection:
// a flood of them would otherwise hold every pooled connection while waiting for the same lock.
const queues = new Map<string, Promise<unknown>>();
async function oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(run);
  queues.set(key, next);
  try {
    return await next;
  } finally {
    if (queues.get(key) === next) queues.delete(key);
  }
}

async function reserve(input: { username: string; ip: string }, now: number): Promise<Reservation> {
  return await transaction(async (tx) => {
    // The counts below read only this address's and this account's rows; always address first.
    await takeTurns(tx, `login:ip:${input.ip}`);
    await takeTurns(tx, `login:user:${input.username}`);
    await tx.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now - LOGIN_ATTEMPT_RETENTION_MS)));
    await tx.delete(loginRefusals).where(lt(loginRefusals.windowStart, new Date(now - LOGIN_ATTEMPT_RETENTION_MS)));
    if ((await failuresSince(tx, "ip", input.ip, now)) >= MAX_FAILURES_PER_ADDRESS) {
      const firstInWindow = await countRefusal(tx, "rate_limited", input.ip, now);
      if (firstInWindow)
        await recordAudit(tx, {
          actor: null,
          action: "auth.rate_limited",
          entityType: "user",
          note: input.username,
          ip: input.ip,
        });
      return { kind: "rate_limited" as const, firstInWindow };
    }
    const accountFailures = await failuresSince(tx, "username", input.username, now);
    if (accountFailures >= MAX_FAILURES_PER_ACCOUNT) {
      const firstInWindow = await countRefusal(tx, "locked", input.username, now);
      if (firstInWindow)
        await recordAudit(tx, {
          actor: null,
          action: "auth.locked_attempt",
          entityType: "user",
          note: input.username,
          ip: input.ip,
        });
      return { kind: "locked" as const, firstInWindow };
    }
    const [row] = await tx
      .insert(loginAttempts)
      .values({ username: input.username, ip: input.ip, success: false, at: new Date(now) })
      .returning({ id: loginAttempts.id });
    return { kind: "reserved" as const, id: row.id, last: accountFailures + 1 >= MAX_FAILURES_PER_ACCOUNT };
  });
}

/** A reserved guess that proved right: it and the failures before it no longer count. */
export async function settleAttemptAsSuccess(tx: Executor, id: number): Promise<void> {
  await tx.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, id));
}
