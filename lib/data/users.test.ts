import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import { departmentIdByName } from "@/db/seed";
import { seedDemoUsers } from "@/db/seed/users";
import { verifyPassword } from "@/lib/auth/password";
import type { StaffViewer } from "@/lib/auth/viewer";
import { FieldError, ForbiddenError } from "@/lib/errors";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { loadSessionUser } from "./authentication";
import {
  changeOwnPassword,
  createUser,
  listUsers,
  moveUserDepartment,
  resetUserPassword,
  setUserActive,
} from "./users";

const db = await seededDb();
const ctx = { ip: "192.0.2.1" };

const userByName = async (username: string) => (await db.select().from(users).where(eq(users.username, username)))[0]!;
const userById = async (id: number) => (await db.select().from(users).where(eq(users.id, id)))[0]!;
const auditFor = async (action: string, userId: number) =>
  await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, userId), eq(auditLog.entityType, "user")));
const rowCounts = async () => ({
  users: (await db.select({ n: count() }).from(users))[0]!.n,
  audit: (await db.select({ n: count() }).from(auditLog))[0]!.n,
});

let admin: StaffViewer;
let welfareDepartment: number;
let taxDepartment: number;
/** Each test makes its own account, so no test depends on what another did to one. */
let serial = 0;
async function newOfficer(password = "temporary-pass-1") {
  const { userId } = await createUser(
    admin,
    {
      username: `officer${++serial}`,
      displayName: `담당자 ${serial}`,
      role: "officer",
      departmentId: welfareDepartment,
      password,
    },
    ctx,
  );
  return await userById(userId);
}

beforeAll(async () => {
  await seedDemoUsers(db);
  admin = await viewerOf("admin");
  welfareDepartment = (await departmentIdByName(db, "주민복지과"))!;
  taxDepartment = (await departmentIdByName(db, "세정과"))!;
});

describe("createUser", () => {
  it("stores an argon2id hash, requires a new password at first login, and keeps the password out of the audit row", async () => {
    const password = "temporary-pass-1";
    const user = await newOfficer(password);
    expect(user).toMatchObject({
      role: "officer",
      departmentId: welfareDepartment,
      active: true,
      mustChangePassword: true,
    });
    expect(user.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(user.passwordHash, password)).toBe(true);

    const [row] = await auditFor("user.create", user.id);
    expect(row).toMatchObject({ actorId: admin.userId, departmentId: welfareDepartment, ip: ctx.ip });
    expect(JSON.parse(row.after!)).toMatchObject({ username: user.username, role: "officer" });
    const written = JSON.stringify(row);
    expect(written).not.toContain(password);
    expect(written).not.toContain("$argon2");
  });

  it("refuses a name already taken, beside the 아이디 field", async () => {
    const promise = createUser(
      admin,
      {
        username: "welfare",
        displayName: "중복",
        role: "officer",
        departmentId: welfareDepartment,
        password: "temporary-pass-1",
      },
      ctx,
    );
    await expect(promise).rejects.toBeInstanceOf(FieldError);
    await expect(promise).rejects.toMatchObject({ fieldErrors: { username: ["이미 쓰이는 아이디입니다."] } });
  });

  it.each(["welfare", "planning"])("refuses %s (not an admin) and writes nothing", async (username) => {
    const before = await rowCounts();
    const input = {
      username: `made-by-${username}`,
      displayName: "시도",
      role: "admin" as const,
      password: "temporary-pass-1",
    };
    await expect(createUser(await viewerOf(username), input, ctx)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listUsers(await viewerOf(username))).rejects.toThrow(ForbiddenError);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("setUserActive", () => {
  it("ends the account's sessions when deactivating, and only new sessions work after reactivating", async () => {
    const user = await newOfficer();
    expect((await loadSessionUser(user.id, user.sessionVersion))?.id).toBe(user.id);

    await setUserActive(admin, user.id, false, ctx);
    const deactivated = await userById(user.id);
    expect(deactivated.active).toBe(false);
    expect(deactivated.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await loadSessionUser(user.id, user.sessionVersion)).toBeNull();
    expect(await loadSessionUser(user.id, deactivated.sessionVersion)).toBeNull();
    expect(await auditFor("user.deactivate", user.id)).toHaveLength(1);

    await setUserActive(admin, user.id, true, ctx);
    const reactivated = await userById(user.id);
    expect(await loadSessionUser(user.id, user.sessionVersion)).toBeNull();
    expect((await loadSessionUser(user.id, reactivated.sessionVersion))?.id).toBe(user.id);
  });

  it("does not let an admin lock themselves out", async () => {
    await expect(setUserActive(admin, admin.userId, false, ctx)).rejects.toThrow(ForbiddenError);
    expect((await userById(admin.userId)).active).toBe(true);
  });

  it("refuses a planner", async () => {
    const user = await newOfficer();
    await expect(setUserActive(await viewerOf("planning"), user.id, false, ctx)).rejects.toThrow(ForbiddenError);
    expect((await userById(user.id)).active).toBe(true);
  });
});

describe("resetUserPassword", () => {
  it("sets a temporary password the user must replace and ends their sessions", async () => {
    const user = await newOfficer();
    // As if the owner had already chosen their own password.
    await db.update(users).set({ mustChangePassword: false }).where(eq(users.id, user.id));

    await resetUserPassword(admin, user.id, "another-temp-22", ctx);
    const reset = await userById(user.id);
    expect(reset.mustChangePassword).toBe(true);
    expect(reset.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await loadSessionUser(user.id, user.sessionVersion)).toBeNull();
    expect(await verifyPassword(reset.passwordHash, "another-temp-22")).toBe(true);
    expect(await verifyPassword(reset.passwordHash, "temporary-pass-1")).toBe(false);

    const [row] = await auditFor("user.reset_password", user.id);
    expect(JSON.stringify(row)).not.toContain("another-temp-22");
  });

  it("refuses an officer resetting someone else's password", async () => {
    const user = await newOfficer();
    await expect(resetUserPassword(await viewerOf("welfare"), user.id, "another-temp-22", ctx)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await userById(user.id)).passwordHash).toBe(user.passwordHash);
  });
});

describe("moveUserDepartment", () => {
  it("moves the account and records both departments", async () => {
    const user = await newOfficer();
    await moveUserDepartment(admin, user.id, taxDepartment, ctx);
    expect((await userById(user.id)).departmentId).toBe(taxDepartment);
    const [row] = await auditFor("user.move_department", user.id);
    expect(row.departmentId).toBe(taxDepartment);
    expect(JSON.parse(row.before!).departmentId).toBe(welfareDepartment);
    expect(JSON.parse(row.after!).departmentId).toBe(taxDepartment);
  });

  it("refuses a department that does not exist, beside the 부서 field", async () => {
    const user = await newOfficer();
    await expect(moveUserDepartment(admin, user.id, 999_999, ctx)).rejects.toThrow(FieldError);
    expect((await userById(user.id)).departmentId).toBe(welfareDepartment);
  });
});

describe("changeOwnPassword", () => {
  it("requires the current password", async () => {
    const user = await newOfficer();
    const change = changeOwnPassword(
      await viewerOf(user.username),
      { currentPassword: "not-my-password", newPassword: "my-own-password-1" },
      ctx,
    );
    await expect(change).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["현재 비밀번호가 맞지 않습니다."] },
    });
    expect(await userById(user.id)).toMatchObject({ passwordHash: user.passwordHash, mustChangePassword: true });
  });

  it("replaces the password, lifts the must-change flag and ends the account's sessions", async () => {
    const user = await newOfficer();
    await changeOwnPassword(
      await viewerOf(user.username),
      { currentPassword: "temporary-pass-1", newPassword: "my-own-password-1" },
      ctx,
    );
    const changed = await userById(user.id);
    expect(changed.mustChangePassword).toBe(false);
    expect(await loadSessionUser(user.id, user.sessionVersion)).toBeNull();
    expect(await verifyPassword(changed.passwordHash, "my-own-password-1")).toBe(true);
    expect(await auditFor("user.change_password", user.id)).toHaveLength(1);
  });
});
