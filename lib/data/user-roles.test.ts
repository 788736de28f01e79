import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { FieldError, ForbiddenError } from "@/lib/errors";
import { seededDb } from "@/test/db";
import { departmentId, insertUser } from "@/test/helpers/records";
import { viewerOf } from "@/test/viewers";
import { listAccountRoles, setUserRole } from "./user-roles";

const db = await seededDb();
const ctx = { ip: "192.0.2.7" };
let planner: StaffViewer;
let admin: StaffViewer;
let officer: StaffViewer;
const roleOf = async (id: number) => (await db.select().from(users).where(eq(users.id, id)))[0]!.role;

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  admin = await viewerOf("admin");
  officer = await viewerOf("welfare");
});

describe("changing a role", () => {
  it("a planner makes an officer a planner and back, each change audited with before and after", async () => {
    const { id } = await insertUser(db, { departmentId: await departmentId(db, "세정과") });
    await expect(setUserRole(planner, { userId: id, role: "planner" }, ctx)).resolves.toMatchObject({
      kind: "role-changed",
      from: "officer",
      to: "planner",
    });
    expect(await roleOf(id)).toBe("planner");
    await setUserRole(planner, { userId: id, role: "officer" }, ctx);
    expect(await roleOf(id)).toBe("officer");
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "user.set_role"), eq(auditLog.entityId, id)));
    expect(audit.map((a) => [JSON.parse(String(a.before)), JSON.parse(String(a.after)), a.actorId])).toEqual([
      [{ role: "officer" }, { role: "planner" }, planner.userId],
      [{ role: "planner" }, { role: "officer" }, planner.userId],
    ]);
  });

  it("a planner may neither grant admin, nor change an admin, nor their own role; an admin may grant admin", async () => {
    const { id } = await insertUser(db, { departmentId: await departmentId(db, "세정과") });
    await expect(setUserRole(planner, { userId: id, role: "admin" }, ctx)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setUserRole(planner, { userId: admin.userId, role: "planner" }, ctx)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(setUserRole(planner, { userId: planner.userId, role: "officer" }, ctx)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(setUserRole(officer, { userId: id, role: "planner" }, ctx)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await roleOf(id)).toBe("officer");
    await setUserRole(admin, { userId: id, role: "admin" }, ctx);
    expect(await roleOf(id)).toBe("admin");
    await expect(setUserRole(admin, { userId: admin.userId, role: "planner" }, ctx)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("refuses the role it already has, and an officer without a department", async () => {
    const { id } = await insertUser(db, { departmentId: await departmentId(db, "세정과") });
    await expect(setUserRole(planner, { userId: id, role: "officer" }, ctx)).rejects.toBeInstanceOf(FieldError);
    const noDepartment = await insertUser(db, { departmentId: null });
    await db.update(users).set({ role: "planner" }).where(eq(users.id, noDepartment.id));
    await expect(setUserRole(planner, { userId: noDepartment.id, role: "officer" }, ctx)).rejects.toBeInstanceOf(
      FieldError,
    );
  });

  it("lists every account for planners and admins, none for officers", async () => {
    expect((await listAccountRoles(planner)).some((a) => a.username === "admin")).toBe(true);
    await expect(listAccountRoles(officer)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
