import { beforeAll, describe, expect, it } from "vitest";
import { transaction } from "@/db";
import { departmentIdByName } from "@/db/seed";
import { DEMO_PASSWORD } from "@/db/seed/demo-users";
import { seedDemoUsers } from "@/db/seed/users";
import { PUBLIC_VIEWER, type StaffViewer } from "@/lib/auth/viewer";
import { ForbiddenError } from "@/lib/errors";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { AUDIT_PAGE_SIZE, listAudit } from "./audit";
import { listAuditActors } from "./audit-filters";
import { recordAudit } from "./audit-writer";
import { authenticate } from "./authentication";
import { moveUserDepartment } from "./users";

const db = await seededDb();

let planner: StaffViewer;
let admin: StaffViewer;
let welfare: StaffViewer;
let tax: StaffViewer;
let taxDepartment: number;
const YEAR_ROWS = AUDIT_PAGE_SIZE + 5;

beforeAll(async () => {
  await seedDemoUsers(db);
  [planner, admin, welfare, tax] = await Promise.all(["planning", "admin", "welfare", "tax"].map((u) => viewerOf(u)));
  taxDepartment = (await departmentIdByName(db, "세정과"))!;

  // What the log holds: two logins, an admin's account change, and a long run of year events.
  await authenticate({ username: "welfare", password: DEMO_PASSWORD, ip: "198.51.100.1" });
  await authenticate({ username: "tax", password: DEMO_PASSWORD, ip: "198.51.100.2" });
  await moveUserDepartment(admin, welfare.userId, taxDepartment, { ip: "198.51.100.3" });
  await transaction(async (tx) => {
    for (let i = 0; i < YEAR_ROWS; i++)
      await recordAudit(tx, { actor: planner, action: "year.close", entityType: "year", entityId: 2023, note: `${i}` });
  });
});

describe("listAudit", () => {
  it("filters by the user who acted", async () => {
    const { rows, total } = await listAudit(planner, { userId: welfare.userId, page: 1 });
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({
      action: "auth.login",
      actorName: "welfare",
      ip: "198.51.100.1",
      department: "주민복지과",
    });
  });

  it("filters by department, naming it", async () => {
    // tax's login and welfare's move into 세정과 are both filed under 세정과.
    const { rows } = await listAudit(planner, { departmentId: taxDepartment, page: 1 });
    expect(rows.map((r) => [r.action, r.actorName])).toEqual([
      ["user.move_department", "admin"],
      ["auth.login", "tax"],
    ]);
    expect(rows.every((r) => r.department === "세정과")).toBe(true);
  });

  it("filters by the record acted on", async () => {
    const { rows } = await listAudit(admin, { entityType: "user", entityId: welfare.userId, page: 1 });
    expect(rows.map((r) => r.action)).toEqual(["user.move_department", "auth.login"]);
  });

  it("pages newest first", async () => {
    const first = await listAudit(planner, { entityType: "year", page: 1 });
    expect(first).toMatchObject({ total: YEAR_ROWS, pageCount: 2 });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.rows[0].note).toBe(String(YEAR_ROWS - 1));
    const second = await listAudit(planner, { entityType: "year", page: 2 });
    expect(second.rows.map((r) => r.note)).toEqual(["4", "3", "2", "1", "0"]);
  });

  it("refuses officers and the public", async () => {
    await expect(listAudit(tax, { page: 1 })).rejects.toThrow(ForbiddenError);
    await expect(listAudit(PUBLIC_VIEWER, { page: 1 })).rejects.toThrow(ForbiddenError);
  });
});

describe("listAuditActors", () => {
  it("gives planners every account's name for the filter, and nothing more", async () => {
    const actors = await listAuditActors(planner);
    expect(actors.map((a) => a.username)).toEqual(["admin", "planning", "tax", "welfare"]);
    expect(Object.keys(actors[0]).sort()).toEqual(["displayName", "id", "username"]);
  });

  it("refuses officers and the public", async () => {
    await expect(listAuditActors(welfare)).rejects.toThrow(ForbiddenError);
    await expect(listAuditActors(PUBLIC_VIEWER)).rejects.toThrow(ForbiddenError);
  });
});
