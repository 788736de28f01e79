/**
 * Issue 6, data safety: deleting an award is reversible, and the audit log only ever grows.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, submissions } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import { deleteAward, listTrash, restoreAward } from "@/lib/data/award-edits";
import { listPublicAwards } from "@/lib/data/public-awards";
import { ForbiddenError } from "@/lib/errors";
import { seededDb } from "@/test/db";
import { snapshot } from "@/test/helpers/db-snapshot";
import { listFiles, readSource, stripComments } from "@/test/helpers/files";
import { awardRow, departmentId, insertAward } from "@/test/helpers/records";
import { viewerOf } from "@/test/viewers";

const db = await seededDb();
const ctx = { ip: "192.0.2.12" };

beforeAll(async () => {
  await seedDemoUsers(db);
});

const planner = async () => await viewerOf("planning");
const welfare = async () => await viewerOf("welfare");
const A = async () => await departmentId(db, "주민복지과");
const auditFor = async (awardId: number) =>
  await db
    .select({ action: auditLog.action, actorId: auditLog.actorId })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "award"), eq(auditLog.entityId, awardId)));
const publiclyListed = async (title: string) =>
  (await listPublicAwards({ q: title, sort: "order", dir: "asc", page: 1, pageSize: 20 })).rows.some(
    (r) => r.title === title,
  );

describe("soft delete", () => {
  it("a planner's delete keeps the row, marked, and takes it off the public list", async () => {
    const award = await insertAward(db, { departmentIds: [await A()], title: "휴지통으로 갈 상" });
    expect(await publiclyListed(award.title)).toBe(true);

    await deleteAward(await planner(), { id: award.id, version: award.version }, ctx);

    const row = (await awardRow(db, award.id))!;
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(row).toMatchObject({ title: award.title, deletedBy: (await planner()).userId, version: 2 });
    expect(await publiclyListed(award.title)).toBe(false);
    expect((await listTrash(await planner())).map((t) => t.id)).toContain(award.id);
    expect(await auditFor(award.id)).toEqual([{ action: "award.delete", actorId: (await planner()).userId }]);
  });

  it("a planner restores it as it was", async () => {
    const award = await insertAward(db, { departmentIds: [await A()], title: "되살릴 상" });
    await deleteAward(await planner(), { id: award.id, version: 1 }, ctx);
    const {
      deletedAt: _d,
      deletedBy: _b,
      version: _v,
      updatedAt: _u,
      updatedBy: _ub,
      ...content
    } = (await awardRow(db, award.id))!;

    await restoreAward(await planner(), { id: award.id }, ctx);

    const row = (await awardRow(db, award.id))!;
    expect(row).toMatchObject({ ...content, deletedAt: null, deletedBy: null, version: 3 });
    expect(await publiclyListed(award.title)).toBe(true);
    expect((await auditFor(award.id)).map((r) => r.action)).toEqual(["award.delete", "award.restore"]);
  });

  it("an officer cannot restore, and the refusal changes nothing", async () => {
    const award = await insertAward(db, { departmentIds: [await A()], deleted: true });
    const before = await snapshot(db);
    await expect(restoreAward(await welfare(), { id: award.id }, ctx)).rejects.toThrow(ForbiddenError);
    await expect(listTrash(await welfare())).rejects.toThrow(ForbiddenError);
    expect(await snapshot(db)).toEqual(before);
  });

  it("an officer's delete of their own department's award is only a request", async () => {
    const award = await insertAward(db, { departmentIds: [await A()] });
    await deleteAward(await welfare(), { id: award.id, version: 1 }, ctx);
    expect((await awardRow(db, award.id))!.deletedAt).toBeNull();
    const request = (
      await db
        .select()
        .from(submissions)
        .where(and(eq(submissions.entityType, "award"), eq(submissions.entityId, award.id)))
    )[0];
    expect(request).toMatchObject({ action: "delete", status: "pending" });
  });

  it("no code path hard-deletes an award (rows leave only through the trash)", () => {
    const offenders = scan(/\.delete\(\s*(?:\w+\.)?awards\s*\)|\bDELETE\s+FROM\s+["`]?awards\b/i);
    expect(offenders).toEqual([]);
  });
});

/* ---------------------------------------------------------------------------------------------
 * The audit log is append-only: no code updates or deletes its rows.
 * ------------------------------------------------------------------------------------------- */

/** Application code (tests excluded: a test may clean up after itself, the app may not). */
const SOURCES = [
  ...listFiles("lib", isCode),
  ...listFiles("app", isCode),
  ...listFiles("components", isCode),
  ...listFiles("db", isCode),
  ...listFiles("scripts", isCode),
];
function isCode(p: string) {
  return /\.(ts|tsx|mts|mjs|js)$/.test(p) && !/\.test\.tsx?$/.test(p) && !p.startsWith("scripts/test-children/");
}

function scan(pattern: RegExp): string[] {
  return SOURCES.filter((file) => pattern.test(stripComments(readSource(file))));
}

/** Drizzle calls and raw SQL that would change or remove an audit row. */
const REWRITES_AUDIT =
  /\.(?:delete|update)\(\s*(?:\w+\.)?auditLog\b|\b(?:DELETE\s+FROM|UPDATE(?:\s+OR\s+\w+)?|REPLACE\s+INTO|INSERT\s+OR\s+REPLACE\s+INTO|DROP\s+TABLE(?:\s+IF\s+EXISTS)?)\s+["`]?audit_log\b/i;

describe("audit log immutability", () => {
  it("the scan reads the application (a sanity floor, so an empty glob cannot pass)", () => {
    expect(SOURCES).toContain("lib/data/audit-writer.ts");
    expect(SOURCES.length).toBeGreaterThan(100);
  });

  it.each([
    "tx.delete(auditLog).where(eq(auditLog.id, 1))",
    "db.update(schema.auditLog).set({ note: null })",
    'sqlite.exec("DELETE FROM audit_log")',
    "db.run(sql`update audit_log set note = ''`)",
    'db.exec("INSERT OR REPLACE INTO audit_log (id) values (1)")',
    'db.exec("drop table if exists audit_log")',
  ])("the pattern catches %s", (line) => {
    expect(REWRITES_AUDIT.test(line)).toBe(true);
  });

  it.each([
    "tx.insert(auditLog).values(row)",
    "db.select().from(auditLog)",
    "tx.update(awards).set({ note })",
    "// DELETE FROM audit_log is never run",
  ])("the pattern leaves %s alone", (line) => {
    expect(REWRITES_AUDIT.test(stripComments(line))).toBe(false);
  });

  it("no application code updates or deletes audit rows", () => {
    expect(scan(REWRITES_AUDIT)).toEqual([]);
  });

  it("only the audit writer inserts them, so every row has the same shape", () => {
    expect(scan(/\.insert\(\s*(?:\w+\.)?auditLog\b|INSERT\s+INTO\s+["`]?audit_log\b/i)).toEqual([
      "lib/data/audit-writer.ts",
    ]);
  });
});
