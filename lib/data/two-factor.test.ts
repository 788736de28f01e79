import { and, eq } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, userRecoveryCodes, users, userTwoFactor } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import { hashPassword } from "@/lib/auth/password";
import { MAX_FAILURES_PER_ACCOUNT } from "@/lib/auth/policy";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { authenticate } from "./authentication";
import {
  confirmTwoFactorEnrolment,
  getTwoFactorStatus,
  RECOVERY_CODE_COUNT,
  resetTwoFactor,
  startTwoFactorEnrolment,
  verifySecondFactor,
} from "./two-factor";

const db = await seededDb();
const ctx = { ip: "192.0.2.10" };
const PASSWORD = "two-factor-password-1";
let serial = 0;

async function newStaff() {
  const passwordHash = await hashPassword(PASSWORD);
  const username = `tf-${++serial}`;
  await db.insert(users).values({ username, displayName: username, role: "planner", passwordHash });
  return await viewerOf(username);
}
const codeAt = (secret: string, at: number) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at });
const audit = async (action: string, userId: number) =>
  await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, userId)));

async function enrolled() {
  const viewer = await newStaff();
  await startTwoFactorEnrolment(viewer, ctx);
  const status = await getTwoFactorStatus(viewer);
  if (status.kind !== "pending") throw new Error("not pending");
  const now = Date.now();
  const confirmed = await confirmTwoFactorEnrolment(viewer, codeAt(status.secret, now), ctx, now);
  if (confirmed.kind !== "confirmed") throw new Error("not confirmed");
  const sv = (await db.select().from(users).where(eq(users.id, viewer.userId)))[0]!.sessionVersion;
  return { viewer, secret: status.secret, recoveryCodes: confirmed.recoveryCodes, sv, confirmedAt: now };
}

beforeAll(async () => {
  await seedDemoUsers(db);
});

describe("enrolment", () => {
  it("shows the pending secret as text and an otpauth URI, stores it encrypted, and never again once confirmed", async () => {
    const viewer = await newStaff();
    expect(await getTwoFactorStatus(viewer)).toEqual({ kind: "none" });
    await startTwoFactorEnrolment(viewer, ctx);
    const status = await getTwoFactorStatus(viewer);
    expect(status.kind).toBe("pending");
    if (status.kind !== "pending") return;
    expect(status.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(status.uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    const stored = (await db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, viewer.userId)))[0]!;
    expect(stored.secretEncrypted).not.toContain(status.secret);

    expect(await confirmTwoFactorEnrolment(viewer, "000000", ctx)).toEqual({ kind: "invalid_code" });
    const now = Date.now();
    const confirmed = await confirmTwoFactorEnrolment(viewer, codeAt(status.secret, now), ctx, now);
    expect(confirmed.kind).toBe("confirmed");
    if (confirmed.kind !== "confirmed") return;
    expect(confirmed.recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(confirmed.recoveryCodes).size).toBe(RECOVERY_CODE_COUNT);
    const hashes = await db.select().from(userRecoveryCodes).where(eq(userRecoveryCodes.userId, viewer.userId));
    expect(hashes).toHaveLength(RECOVERY_CODE_COUNT);
    for (const code of confirmed.recoveryCodes) expect(hashes.map((h) => h.codeHash)).not.toContain(code);
    expect(await getTwoFactorStatus(viewer)).toMatchObject({
      kind: "enrolled",
      recoveryCodesLeft: RECOVERY_CODE_COUNT,
    });
    expect(await startTwoFactorEnrolment(viewer, ctx)).toEqual({ kind: "already_enrolled" });
    expect(await audit("auth.two_factor_enrolled", viewer.userId)).toHaveLength(1);
  });
});

describe("the login's second step", () => {
  it("a right password is not yet a login: authenticate asks for the code", async () => {
    const { viewer } = await enrolled();
    const result = await authenticate({ username: viewer.username, password: PASSWORD, ip: "192.0.2.20" });
    expect(result).toMatchObject({ ok: true, secondFactor: true });
    expect(await audit("auth.login", viewer.userId)).toHaveLength(0);
  });

  it("accepts a code once: the same code again, even within its window, is refused", async () => {
    const { viewer, secret, sv, confirmedAt } = await enrolled();
    // A step after the one that confirmed enrolment.
    const later = confirmedAt + 30_000;
    const input = { userId: viewer.userId, sessionVersion: sv, code: codeAt(secret, later), ip: "192.0.2.21" };
    expect(await verifySecondFactor(input, later)).toMatchObject({ kind: "ok", method: "totp" });
    expect(await verifySecondFactor(input, later + 1000)).toEqual({ kind: "invalid" });
    const logins = await audit("auth.login", viewer.userId);
    expect(logins).toHaveLength(1);
    expect(logins[0].note).toBe("일회용 코드");
    expect(await audit("auth.two_factor_failed", viewer.userId)).toHaveLength(1);
  });

  it("spends a recovery code once", async () => {
    const { viewer, recoveryCodes, sv } = await enrolled();
    const input = { userId: viewer.userId, sessionVersion: sv, code: recoveryCodes[3].toLowerCase(), ip: "192.0.2.22" };
    expect(await verifySecondFactor(input)).toMatchObject({ kind: "ok", method: "recovery_code" });
    expect(await verifySecondFactor(input)).toEqual({ kind: "invalid" });
    expect(await getTwoFactorStatus(viewer)).toMatchObject({ recoveryCodesLeft: RECOVERY_CODE_COUNT - 1 });
  });

  it("counts wrong codes against the account like passwords, and a right password does not reset them", async () => {
    const { viewer, secret, sv } = await enrolled();
    const ip = "192.0.2.23";
    // Three right passwords: each place stays counted until a code settles it.
    for (let i = 0; i < 3; i++)
      expect(await authenticate({ username: viewer.username, password: PASSWORD, ip })).toMatchObject({ ok: true });
    const wrong = async () =>
      (await verifySecondFactor({ userId: viewer.userId, sessionVersion: sv, code: "999999", ip })).kind;
    const kinds: string[] = [];
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 3; i++) kinds.push(await wrong());
    expect(kinds).toEqual(Array(MAX_FAILURES_PER_ACCOUNT - 3).fill("invalid"));
    expect(await wrong()).toBe("locked");
    const now = Date.now() + 60_000;
    expect(
      await verifySecondFactor({ userId: viewer.userId, sessionVersion: sv, code: codeAt(secret, now), ip }, now),
    ).toEqual({ kind: "locked" });
    expect(await audit("auth.lockout", viewer.userId)).toHaveLength(1);
  });

  it("refuses a pending login whose account has since changed (session version moved)", async () => {
    const { viewer, secret, sv } = await enrolled();
    const code = codeAt(secret, Date.now() + 30_000);
    expect(
      await verifySecondFactor(
        { userId: viewer.userId, sessionVersion: sv + 1, code, ip: "192.0.2.24" },
        Date.now() + 30_000,
      ),
    ).toEqual({ kind: "expired" });
  });
});

describe("admin reset", () => {
  it("clears the authenticator and recovery codes, ends sessions, and is audited; admins only", async () => {
    const { viewer, sv } = await enrolled();
    await expect(resetTwoFactor(await viewerOf("planning"), viewer.userId, ctx)).rejects.toThrow();
    expect(await resetTwoFactor(await viewerOf("admin"), viewer.userId, ctx)).toEqual({
      kind: "reset",
      username: viewer.username,
    });
    expect(await getTwoFactorStatus(viewer)).toEqual({ kind: "none" });
    expect(await db.select().from(userRecoveryCodes).where(eq(userRecoveryCodes.userId, viewer.userId))).toEqual([]);
    expect((await db.select().from(users).where(eq(users.id, viewer.userId)))[0]!.sessionVersion).toBe(sv + 1);
    expect(await audit("auth.two_factor_reset", viewer.userId)).toHaveLength(1);
  });
});
