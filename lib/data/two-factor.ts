import "server-only";
import { and, count, eq, isNull, lt, sql } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import { db, transaction } from "@/db";
import { userRecoveryCodes, users, userTwoFactor, type User } from "@/db/schema";
import {
  decryptSecret,
  encryptSecret,
  hashRecoveryCode,
  newRecoveryCode,
  normalizeRecoveryCode,
} from "@/lib/auth/two-factor-crypto";
import type { StaffViewer } from "@/lib/auth/viewer";
import { authorize } from "@/lib/auth/can";
import { recordAudit } from "./audit-writer";
import { loadSessionUser, recordLockout, recordLogin } from "./authentication";
import { reserveAttempt } from "./login-attempts";

export const RECOVERY_CODE_COUNT = 10;
const ISSUER = "Seonggwa";
const PERIOD = 30;

function totp(user: Pick<User, "username">, secret: Secret | string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: user.username,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: typeof secret === "string" ? Secret.fromBase32(secret) : secret,
  });
}

/**
 * The time step a six-digit code belongs to (this one, or one either side for clock drift), or
 * null when it matches none.
 */
function matchingStep(otp: TOTP, code: string, now: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = otp.validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD) + delta;
}

export type TwoFactorStatus =
  | { kind: "enrolled"; confirmedAt: Date; recoveryCodesLeft: number }
  | { kind: "pending"; secret: string; uri: string }
  | { kind: "none" };

/**
 * The viewer's own enrolment. A pending (unconfirmed) secret is shown again until a code confirms
 * it; once confirmed it is never returned.
 */
export async function getTwoFactorStatus(viewer: StaffViewer): Promise<TwoFactorStatus> {
  const [row] = await db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, viewer.userId)).limit(1);
  if (!row) return { kind: "none" };
  if (row.confirmedAt) {
    const [left] = await db
      .select({ n: count() })
      .from(userRecoveryCodes)
      .where(and(eq(userRecoveryCodes.userId, viewer.userId), isNull(userRecoveryCodes.usedAt)));
    return { kind: "enrolled", confirmedAt: row.confirmedAt, recoveryCodesLeft: left?.n ?? 0 };
  }
  const secret = decryptSecret(row.secretEncrypted);
  return { kind: "pending", secret, uri: totp(viewer, secret).toString() };
}

/** Starts (or restarts) enrolment with a new secret; refused once an authenticator is confirmed. */
export async function startTwoFactorEnrolment(
  viewer: StaffViewer,
  ctx: { ip: string },
): Promise<{ kind: "started" } | { kind: "already_enrolled" }> {
  return await transaction(async (tx) => {
    const secretEncrypted = encryptSecret(new Secret({ size: 20 }).base32);
    // The guard is in the write: a confirmed authenticator's row is never overwritten.
    const written = await tx
      .insert(userTwoFactor)
      .values({ userId: viewer.userId, secretEncrypted, confirmedAt: null, lastStep: 0 })
      .onConflictDoUpdate({
        target: userTwoFactor.userId,
        set: { secretEncrypted, lastStep: 0 },
        setWhere: isNull(userTwoFactor.confirmedAt),
      })
      .returning({ userId: userTwoFactor.userId });
    if (written.length === 0) return { kind: "already_enrolled" as const };
    await recordAudit(tx, {
      actor: viewer,
      action: "auth.two_factor_started",
      entityType: "user",
      entityId: viewer.userId,
      departmentId: viewer.departmentId,
      ip: ctx.ip,
    });
    return { kind: "started" as const };
  });
}

export type ConfirmResult =
  | { kind: "confirmed"; recoveryCodes: string[] }
  | { kind: "invalid_code" }
  | { kind: "not_started" }
  | { kind: "already_enrolled" };

/** A first code proves the authenticator holds the secret; ten recovery codes are made, shown once. */
export async function confirmTwoFactorEnrolment(
  viewer: StaffViewer,
  code: string,
  ctx: { ip: string },
  now = Date.now(),
): Promise<ConfirmResult> {
  return await transaction(async (tx): Promise<ConfirmResult> => {
    const [row] = await tx.select().from(userTwoFactor).where(eq(userTwoFactor.userId, viewer.userId)).limit(1);
    if (!row) return { kind: "not_started" };
    if (row.confirmedAt) return { kind: "already_enrolled" };
    const step = matchingStep(totp(viewer, decryptSecret(row.secretEncrypted)), code.trim(), now);
    if (step === null) return { kind: "invalid_code" };
    // Confirms only the secret the code was checked against, and only once.
    const confirmed = await tx
      .update(userTwoFactor)
      .set({ confirmedAt: new Date(now), lastStep: step })
      .where(
        and(
          eq(userTwoFactor.userId, viewer.userId),
          eq(userTwoFactor.secretEncrypted, row.secretEncrypted),
          isNull(userTwoFactor.confirmedAt),
        ),
      )
      .returning({ userId: userTwoFactor.userId });
    if (confirmed.length === 0) return { kind: "already_enrolled" };
    await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, viewer.userId));
    const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await tx
      .insert(userRecoveryCodes)
      .values(recoveryCodes.map((c) => ({ userId: viewer.userId, codeHash: hashRecoveryCode(c) })));
    await recordAudit(tx, {
      actor: viewer,
      action: "auth.two_factor_enrolled",
      entityType: "user",
      entityId: viewer.userId,
      departmentId: viewer.departmentId,
      ip: ctx.ip,
    });
    return { kind: "confirmed", recoveryCodes };
  });
}

export type SecondFactorResult =
  | { kind: "ok"; user: User; method: "totp" | "recovery_code" }
  | { kind: "invalid" }
  | { kind: "locked" }
  | { kind: "rate_limited" }
  | { kind: "expired" };

/**
 * The login's second step. Each code guess counts against the account like a password guess (the
 * same reservation and limit); a code is accepted once only: its time step must be later than the
 * last one used, set in the same UPDATE that accepts it, and a recovery code is spent by the
 * UPDATE that finds it unused.
 */
export async function verifySecondFactor(
  input: { userId: number; sessionVersion: number; code: string; ip: string },
  now = Date.now(),
): Promise<SecondFactorResult> {
  const user = await loadSessionUser(input.userId, input.sessionVersion);
  if (!user) return { kind: "expired" };
  const reservation = await reserveAttempt({ username: user.username, ip: input.ip }, now);
  if (reservation.kind !== "reserved") return { kind: reservation.kind };
  return await transaction(async (tx): Promise<SecondFactorResult> => {
    const [row] = await tx.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id)).limit(1);
    const code = input.code.trim();
    let method: "totp" | "recovery_code" | null = null;
    if (row?.confirmedAt) {
      const step = matchingStep(totp(user, decryptSecret(row.secretEncrypted)), code, now);
      if (step !== null) {
        const taken = await tx
          .update(userTwoFactor)
          .set({ lastStep: step })
          .where(and(eq(userTwoFactor.userId, user.id), lt(userTwoFactor.lastStep, step)))
          .returning({ userId: userTwoFactor.userId });
        if (taken.length === 1) method = "totp";
      } else if (normalizeRecoveryCode(code).length === 10) {
        const spent = await tx
          .update(userRecoveryCodes)
          .set({ usedAt: new Date(now) })
          .where(
            and(
              eq(userRecoveryCodes.userId, user.id),
              eq(userRecoveryCodes.codeHash, hashRecoveryCode(code)),
              isNull(userRecoveryCodes.usedAt),
            ),
          )
          .returning({ userId: userRecoveryCodes.userId });
        if (spent.length === 1) method = "recovery_code";
      }
    }
    const actor = { userId: user.id, username: user.username };
    if (!method) {
      await recordAudit(tx, {
        actor,
        action: "auth.two_factor_failed",
        entityType: "user",
        entityId: user.id,
        departmentId: user.departmentId,
        ip: input.ip,
      });
      if (reservation.last) await recordLockout(tx, { username: user.username, user, ip: input.ip, now });
      return { kind: "invalid" };
    }
    await recordLogin(tx, user, {
      attemptId: reservation.id,
      ip: input.ip,
      now,
      note: method === "totp" ? "일회용 코드" : "복구 코드",
    });
    return { kind: "ok", user, method };
  });
}

/**
 * An admin clears a user's authenticator and recovery codes (a lost phone). The user's sessions
 * end, and where codes are required the next login leads to enrolment.
 */
export async function resetTwoFactor(
  viewer: StaffViewer,
  userId: number,
  ctx: { ip: string },
): Promise<{ kind: "reset"; username: string } | { kind: "not_enrolled" } | { kind: "not_found" }> {
  authorize(viewer, "two-factor.reset");
  return await transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).limit(1);
    if (!user) return { kind: "not_found" as const };
    const removed = await tx
      .delete(userTwoFactor)
      .where(eq(userTwoFactor.userId, userId))
      .returning({ userId: userTwoFactor.userId });
    await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
    if (removed.length === 0) return { kind: "not_enrolled" as const };
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await recordAudit(tx, {
      actor: viewer,
      action: "auth.two_factor_reset",
      entityType: "user",
      entityId: userId,
      departmentId: user.departmentId,
      note: user.username,
      ip: ctx.ip,
    });
    return { kind: "reset" as const, username: user.username };
  });
}
