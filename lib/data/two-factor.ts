import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import { db } from "@/db";
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
export function getTwoFactorStatus(viewer: StaffViewer): TwoFactorStatus {
  const row = db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, viewer.userId)).get();
  if (!row) return { kind: "none" };
  if (row.confirmedAt) {
    const left = db
      .select({ n: sql<number>`count(*)` })
      .from(userRecoveryCodes)
      .where(and(eq(userRecoveryCodes.userId, viewer.userId), isNull(userRecoveryCodes.usedAt)))
      .get();
    return { kind: "enrolled", confirmedAt: row.confirmedAt, recoveryCodesLeft: left?.n ?? 0 };
  }
  const secret = decryptSecret(row.secretEncrypted);
  return { kind: "pending", secret, uri: totp(viewer, secret).toString() };
}

/** Starts (or restarts) enrolment with a new secret; refused once an authenticator is confirmed. */
export function startTwoFactorEnrolment(
  viewer: StaffViewer,
  ctx: { ip: string },
): { kind: "started" } | { kind: "already_enrolled" } {
  return db.transaction((tx) => {
    const row = tx.select().from(userTwoFactor).where(eq(userTwoFactor.userId, viewer.userId)).get();
    if (row?.confirmedAt) return { kind: "already_enrolled" as const };
    const secretEncrypted = encryptSecret(new Secret({ size: 20 }).base32);
    tx.insert(userTwoFactor)
      .values({ userId: viewer.userId, secretEncrypted, confirmedAt: null, lastStep: 0 })
      .onConflictDoUpdate({ target: userTwoFactor.userId, set: { secretEncrypted, lastStep: 0 } })
      .run();
    recordAudit(tx, {
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
export function confirmTwoFactorEnrolment(
  viewer: StaffViewer,
  code: string,
  ctx: { ip: string },
  now = Date.now(),
): ConfirmResult {
  return db.transaction((tx) => {
    const row = tx.select().from(userTwoFactor).where(eq(userTwoFactor.userId, viewer.userId)).get();
    if (!row) return { kind: "not_started" as const };
    if (row.confirmedAt) return { kind: "already_enrolled" as const };
    const step = matchingStep(totp(viewer, decryptSecret(row.secretEncrypted)), code.trim(), now);
    if (step === null) return { kind: "invalid_code" as const };
    tx.update(userTwoFactor)
      .set({ confirmedAt: new Date(now), lastStep: step })
      .where(eq(userTwoFactor.userId, viewer.userId))
      .run();
    tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, viewer.userId)).run();
    const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    tx.insert(userRecoveryCodes)
      .values(recoveryCodes.map((c) => ({ userId: viewer.userId, codeHash: hashRecoveryCode(c) })))
      .run();
    recordAudit(tx, {
      actor: viewer,
      action: "auth.two_factor_enrolled",
      entityType: "user",
      entityId: viewer.userId,
      departmentId: viewer.departmentId,
      ip: ctx.ip,
    });
    return { kind: "confirmed" as const, recoveryCodes };
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
export function verifySecondFactor(
  input: { userId: number; sessionVersion: number; code: string; ip: string },
  now = Date.now(),
): SecondFactorResult {
  const user = loadSessionUser(input.userId, input.sessionVersion);
  if (!user) return { kind: "expired" };
  const reservation = reserveAttempt({ username: user.username, ip: input.ip }, now);
  if (reservation.kind !== "reserved") return { kind: reservation.kind };
  return db.transaction((tx) => {
    const row = tx.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id)).get();
    const code = input.code.trim();
    let method: "totp" | "recovery_code" | null = null;
    if (row?.confirmedAt) {
      const step = matchingStep(totp(user, decryptSecret(row.secretEncrypted)), code, now);
      if (step !== null) {
        const taken = tx
          .update(userTwoFactor)
          .set({ lastStep: step })
          .where(and(eq(userTwoFactor.userId, user.id), sql`${userTwoFactor.lastStep} < ${step}`))
          .run();
        if (taken.changes === 1) method = "totp";
      } else if (normalizeRecoveryCode(code).length === 10) {
        const spent = tx
          .update(userRecoveryCodes)
          .set({ usedAt: new Date(now) })
          .where(
            and(
              eq(userRecoveryCodes.userId, user.id),
              eq(userRecoveryCodes.codeHash, hashRecoveryCode(code)),
              isNull(userRecoveryCodes.usedAt),
            ),
          )
          .run();
        if (spent.changes === 1) method = "recovery_code";
      }
    }
    const actor = { userId: user.id, username: user.username };
    if (!method) {
      recordAudit(tx, {
        actor,
        action: "auth.two_factor_failed",
        entityType: "user",
        entityId: user.id,
        departmentId: user.departmentId,
        ip: input.ip,
      });
      if (reservation.last) recordLockout(tx, { username: user.username, user, ip: input.ip, now });
      return { kind: "invalid" as const };
    }
    recordLogin(tx, user, {
      attemptId: reservation.id,
      ip: input.ip,
      now,
      note: method === "totp" ? "일회용 코드" : "복구 코드",
    });
    return { kind: "ok" as const, user, method };
  });
}

/**
 * An admin clears a user's authenticator and recovery codes (a lost phone). The user's sessions
 * end, and where codes are required the next login leads to enrolment.
 */
export function resetTwoFactor(
  viewer: StaffViewer,
  userId: number,
  ctx: { ip: string },
): { kind: "reset"; username: string } | { kind: "not_enrolled" } | { kind: "not_found" } {
  authorize(viewer, "two-factor.reset");
  return db.transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user) return { kind: "not_found" as const };
    const removed = tx.delete(userTwoFactor).where(eq(userTwoFactor.userId, userId)).run();
    tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId)).run();
    if (removed.changes === 0) return { kind: "not_enrolled" as const };
    tx.update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .run();
    recordAudit(tx, {
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
