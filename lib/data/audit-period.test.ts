import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { ForbiddenError } from "@/lib/errors";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { listAudit } from "./audit";
import { auditExport } from "./audit-export";

const db = await seededDb();
let planner: StaffViewer;

// Instants near the edges of Korean days: 2024-03-01 00:30 KST is still 2024-02-29 in UTC.
const AT = {
  lastOfFebruaryKst: new Date("2024-02-29T14:59:00Z"), // 2024-02-29 23:59 KST
  firstOfMarchKst: new Date("2024-02-29T15:30:00Z"), // 2024-03-01 00:30 KST
  endOfMarchKst: new Date("2024-03-31T14:00:00Z"), // 2024-03-31 23:00 KST
  firstOfAprilKst: new Date("2024-03-31T15:00:00Z"), // 2024-04-01 00:00 KST
};

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  for (const [note, at] of Object.entries(AT))
    await db.insert(auditLog).values({ at, action: "year.close", entityType: "year", entityId: 1999, note });
});

const notes = (rows: { note: string | null }[]) => rows.map((r) => r.note).sort();

describe("the audit log by period", () => {
  it("takes whole days in Korea, both ends included", async () => {
    const march = await listAudit(planner, { entityId: 1999, from: "2024-03-01", to: "2024-03-31", page: 1 });
    expect(notes(march.rows)).toEqual(["endOfMarchKst", "firstOfMarchKst"]);
    const fromApril = await listAudit(planner, { entityId: 1999, from: "2024-04-01", page: 1 });
    expect(notes(fromApril.rows)).toEqual(["firstOfAprilKst"]);
    const untilFebruary = await listAudit(planner, { entityId: 1999, to: "2024-02-29", page: 1 });
    expect(notes(untilFebruary.rows)).toEqual(["lastOfFebruaryKst"]);
  });

  it("exports exactly the filtered rows, every page of them, newest first", async () => {
    const { total, rows } = await auditExport(planner, { entityId: 1999, from: "2024-03-01" });
    const all = [];
    for await (const chunk of rows) all.push(...chunk);
    expect(total).toBe(3);
    expect(all.map((r) => r.note)).toEqual(["firstOfAprilKst", "endOfMarchKst", "firstOfMarchKst"]);
  });

  it("is for planners and admins only", async () => {
    await expect(auditExport(await viewerOf("welfare"), {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
