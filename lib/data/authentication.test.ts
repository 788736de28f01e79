import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, loginAttempts, loginRefusals, users } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo-users";
import { seedDemoUsers } from "@/db/seed/users";
import { hashPassword } from "@/lib/auth/password";
import { LOGIN_ATTEMPT_RETENTION_MS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "@/lib/auth/policy";
import { seededDb } from "@/test/db";
import { authenticate } from "./authentication";

const db = await seededDb();

// Failures are counted per account name and per address, so each test uses its own address (and
// its own account where it fails repeatedly) to stay independent of the others.
const login = (username: string, ip: string, password = DEMO_PASSWORD) => authenticate({ username, password, ip });
const auditActions = async (ip: string) =>
  (
    await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.ip, ip)).orderBy(asc(auditLog.id))
  ).map((r) => r.action);
const attemptsFrom = async (ip: string) =>
  await db
    .select({ username: loginAttempts.username, success: loginAttempts.success })
    .from(loginAttempts)
    .where(eq(loginAttempts.ip, ip))
    .orderBy(asc(loginAttempts.id));
const userByName = async (username: string) => (await db.select().from(users).where(eq(users.username, username)))[0]!;

beforeAll(async () => {
  await seedDemoUsers(db);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db
    .insert(users)
    .values({ username: "retired", displayName: "퇴직자", role: "officer", passwordHash, active: false });
});

describe("authenticate", () => {
  it("accepts the right password and records the login time", async () => {
    const result = await login("welfare", "10.0.0.1");
    expect(result.ok).toBe(true);
    expect(result.ok && result.user.username).toBe("welfare");
    expect((await userByName("welfare")).lastLoginAt).toBeInstanceOf(Date);
  });

  it("refuses a wrong password and an unknown name with the same answer", async () => {
    expect(await login("welfare", "10.0.0.2", "not-the-password")).toEqual({ ok: false, reason: "invalid" });
    expect(await login("nobody", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a deactivated account even with the right password", async () => {
    expect(await login("retired", "10.0.0.3")).toEqual({ ok: false, reason: "invalid" });
    const row = (await db.select().from(auditLog).where(eq(auditLog.ip, "10.0.0.3")))[0];
    expect(row).toMatchObject({
      action: "auth.login_failed",
      actorId: (await userByName("retired")).id,
      note: "비활성화된 계정",
    });
  });

  it(`locks an account after ${MAX_FAILURES_PER_ACCOUNT} failures, then refuses even the right password`, async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await login("tax", "10.0.0.4", `wrong-${i}`)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await login("tax", "10.0.0.4")).toEqual({ ok: false, reason: "locked" });
    // A different address does not unlock it: the limit belongs to the account. The refusal is
    // counted in its window's row (not an attempt row of its own), and audited once per window.
    expect(await login("tax", "10.0.0.5")).toEqual({ ok: false, reason: "locked" });
    expect(await attemptsFrom("10.0.0.5")).toEqual([]);
    expect(await auditActions("10.0.0.5")).toEqual([]);

    // The lock is the failure count itself (users.locked_until, written and never read, is gone):
    // the right password from another address was refused above.
    const tax = await userByName("tax");
    const lockouts = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "auth.lockout"), eq(auditLog.entityId, tax.id)));
    expect(lockouts).toHaveLength(1);
    expect(await auditActions("10.0.0.4")).toEqual([
      ...Array(MAX_FAILURES_PER_ACCOUNT).fill("auth.login_failed"),
      "auth.lockout",
      "auth.locked_attempt",
    ]);
    expect((await db.select().from(loginRefusals).where(eq(loginRefusals.key, "tax")))[0]?.count).toBe(2);
  });

  it(`stops an address after ${MAX_FAILURES_PER_ADDRESS} failures, for every account`, async () => {
    const ip = "10.0.0.6";
    // Different names each time, so no single account reaches its own limit first.
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      expect(await login(`guess-${i}`, ip, "wrong-password")).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await login("planning", ip)).toEqual({ ok: false, reason: "rate_limited" });
    expect(await attemptsFrom(ip)).toHaveLength(MAX_FAILURES_PER_ADDRESS);
    expect((await auditActions(ip)).at(-1)).toBe("auth.rate_limited");
    // The same account from another address is not affected.
    expect((await login("planning", "10.0.0.7")).ok).toBe(true);
  });

  it("leaves a login attempt and an audit row for every try", async () => {
    const ip = "10.0.0.8";
    await login("admin", ip);
    await login("admin", ip, "wrong-password");
    await login("ghost", ip);
    expect(await attemptsFrom(ip)).toEqual([
      { username: "admin", success: true },
      { username: "admin", success: false },
      { username: "ghost", success: false },
    ]);
    expect(await auditActions(ip)).toEqual(["auth.login", "auth.login_failed", "auth.login_failed"]);
    const unknown = (
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.ip, ip), eq(auditLog.note, "알 수 없는 아이디: ghost")))
    )[0];
    expect(unknown?.actorId).toBeNull();
  });

  it(`lets at most ${MAX_FAILURES_PER_ACCOUNT} of 100 simultaneous guesses be checked, and then not the right one`, async () => {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db.insert(users).values({ username: "raced", displayName: "경합", role: "planner", passwordHash });
    // Each from its own address, so only the account's limit applies; the right password is 81st.
    const guesses = Array.from({ length: 100 }, (_, i) =>
      login("raced", `10.9.${Math.floor(i / 200)}.${i % 200}`, i === 80 ? DEMO_PASSWORD : `wrong-${i}`),
    );
    const results = await Promise.all(guesses);
    expect(results.filter((r) => r.ok)).toEqual([]);
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => !r.ok && r.reason === "locked")).toHaveLength(100 - MAX_FAILURES_PER_ACCOUNT);
    const checked = await db.select().from(loginAttempts).where(eq(loginAttempts.username, "raced"));
    expect(checked).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    const lockouts = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "auth.lockout"), eq(auditLog.note, "raced")));
    expect(lockouts).toHaveLength(1);
  });

  it("keeps a flood of refused guesses to one counted row and one audit row per window", async () => {
    const ip = "10.0.1.1";
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await login(`flood-${i}`, ip, "wrong-password");
    const auditBefore = (await db.select().from(auditLog)).length;
    const attemptsBefore = (await db.select().from(loginAttempts)).length;
    await Promise.all(Array.from({ length: 200 }, (_, i) => login(`flood-more-${i}`, ip, "wrong-password")));
    expect((await db.select().from(loginAttempts)).length).toBe(attemptsBefore);
    expect((await db.select().from(auditLog)).length - auditBefore).toBe(1);
    expect((await db.select().from(loginRefusals).where(eq(loginRefusals.key, ip)))[0]?.count).toBe(200);
  });

  it("deletes attempt rows older than the retention period as new attempts arrive", async () => {
    await db.insert(loginAttempts).values({
      username: "old",
      ip: "10.0.2.1",
      success: false,
      at: new Date(Date.now() - LOGIN_ATTEMPT_RETENTION_MS - 1),
    });
    await login("welfare", "10.0.2.2", "wrong-password");
    expect(await attemptsFrom("10.0.2.1")).toEqual([]);
  });
});
