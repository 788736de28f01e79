/** Issue 12 item 3: an export re-imported updates what it names, adds only new rows, and can be undone. */
import { count, eq, isNull, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportGet } from "@/app/api/v1/awards/export/route";
import { auditLog, awards, importBatches, submissions, users } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { ConflictError } from "@/lib/errors";
import { XLSX_LIMITS } from "@/lib/review/import-file";
import { toXlsx } from "@/lib/xlsx";
import { readXlsxSheet } from "@/lib/xlsx-read";
import { seededDb } from "@/test/db";
import { recordAudit } from "./audit-writer";
import { awardSnapshot, updateAward } from "./award-records";
import { confirmImport, contentOf, dryRunImport } from "./import";
import { undoImport } from "./import-batches";

const db = await seededDb();
const ctx = { ip: "192.0.2.9" };
const viewerOf = async (username: string): Promise<StaffViewer> => {
  const u = (await db.select().from(users).where(eq(users.username, username)))[0]!;
  return {
    kind: "staff",
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    departmentId: u.departmentId,
    mustChangePassword: false,
  };
};
const publicTotals = async () =>
  (
    await db
      .select({ count: count(), won: sql<number>`coalesce(sum(${awards.incentiveWon}), 0)` })
      .from(awards)
      .where(isNull(awards.deletedAt))
  )[0];

/** An edit made elsewhere, published as every edit is: with an audit row (which moves the published revision). */
async function editElsewhere(id: number, grade: string) {
  const current = (await awardSnapshot(db, id))!;
  await updateAward(db, id, current.version, { ...contentOf(current), grade }, planner.userId);
  await recordAudit(db, { actor: planner, action: "award.update", entityType: "award", entityId: id });
}

/** The /awards XLSX export as a table of text, header first, without the sum row. */
async function exportTable(): Promise<string[][]> {
  const res = await exportGet(new NextRequest("http://localhost/api/v1/awards/export?year=2023&format=xlsx"));
  const lines = readXlsxSheet(new Uint8Array(await res.arrayBuffer()), XLSX_LIMITS).map((l) => l.cells);
  return lines.slice(0, -1);
}

async function xlsxOf(table: string[][], name = "awards-2023.xlsx") {
  const [header, ...rows] = table;
  const bytes = await toXlsx(
    { name: "수상 실적", columns: header.map((h, i) => ({ header: h, value: (r: string[]) => r[i] ?? null })), rows },
    [],
  );
  return { name, bytes };
}

let planner: StaffViewer;
beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
});

describe("re-importing the /awards export", () => {
  it("changes nothing when the export comes back unchanged", async () => {
    const file = await xlsxOf(await exportTable());
    const report = await dryRunImport(planner, file);
    expect(report.counts).toEqual({ add: 0, update: 0, same: 61, invalid: 0 });
    expect(report.effect).toEqual([]);
    const before = await publicTotals();
    const audit = (await db.select({ n: count() }).from(auditLog))[0]!.n;
    const result = await confirmImport(planner, file, ctx);
    expect(result).toMatchObject({ ok: true, outcome: { kind: "unchanged", added: 0, updated: 0, tags: [] } });
    expect(await publicTotals()).toEqual(before);
    expect((await db.select({ n: count() }).from(auditLog))[0]!.n).toBe(audit);
  });

  it("updates the edited row, adds the two new ones, leaves the rest, and is undone as a whole", async () => {
    const table = await exportTable();
    const [header, ...rows] = table;
    const col = (name: string) => header.indexOf(name);
    const edited = rows.find((r) => r[col("인센티브(백만원)")] === "150")!;
    const editedId = Number(edited[col("ID")]);
    edited[col("인센티브(백만원)")] = "160.5";
    const blank = header.map(() => "");
    const added = ["2023년 왕복 시험 추가 1", "2023년 왕복 시험 추가 2"].map((title, i) => {
      const row = [...blank];
      row[col("연도")] = "2023";
      row[col("수상명")] = title;
      row[col("주관기관")] = "충청북도";
      row[col("인센티브(백만원)")] = i === 0 ? "1.2" : "";
      row[col("담당부서")] = "세정과";
      return row;
    });
    const file = await xlsxOf([header, ...rows, ...added]);

    const report = await dryRunImport(planner, file);
    expect(report.counts).toEqual({ add: 2, update: 1, same: 60, invalid: 0 });
    const change = report.rows.find((r) => r.kind === "update")!;
    expect(change.before?.["인센티브(백만원)"]).toBe("150");
    expect(change.cells["인센티브(백만원)"]).toBe("160.5");
    const before = await publicTotals();
    expect(report.effect).toEqual([
      {
        year: 2023,
        before: { awardCount: before.count, incentiveTotalWon: before.won },
        after: { awardCount: before.count + 2, incentiveTotalWon: before.won + 10_500_000 + 1_200_000 },
      },
    ]);

    const result = await confirmImport(planner, file, ctx);
    expect(result.ok).toBe(true);
    expect(await publicTotals()).toEqual({ count: before.count + 2, won: before.won + 11_700_000 });
    expect((await awardSnapshot(db, editedId))!.incentiveWon).toBe(160_500_000);
    const batch = (await db.select().from(importBatches)).at(-1)!;
    expect(batch).toMatchObject({ addedCount: 2, updatedCount: 1, undoneAt: null });

    // Re-importing the same file now finds nothing to change.
    expect((await dryRunImport(planner, file)).counts).toMatchObject({ update: 0, same: 61 });

    await undoImport(planner, { id: batch.id }, ctx);
    expect(await publicTotals()).toEqual(before);
    expect((await awardSnapshot(db, editedId))!.incentiveWon).toBe(150_000_000);
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "import.undo"))).toHaveLength(1);
    await expect(undoImport(planner, { id: batch.id }, ctx)).rejects.toThrow(/이미 되돌렸습니다/);
  });

  it("refuses a row whose award changed after the export, and an undo after a later edit", async () => {
    const table = await exportTable();
    const [header, ...rows] = table;
    const col = (name: string) => header.indexOf(name);
    const row = rows[3];
    const id = Number(row[col("ID")]);
    row[col("수상명")] = `${row[col("수상명")]} (고침)`;
    const file = await xlsxOf([header, row]);
    await editElsewhere(id, "최우수");
    const report = await dryRunImport(planner, file);
    expect(report.rows[0].errors).toEqual([
      expect.objectContaining({
        column: "버전",
        message: expect.stringContaining("내려받은 뒤 이 수상 실적이 바뀌었습니다"),
      }),
    ]);

    // A fresh export, imported, then the award edited again: the undo refuses and changes nothing.
    const fresh = await exportTable();
    const freshRow = fresh.slice(1).find((r) => Number(r[col("ID")]) === id)!;
    freshRow[col("수상명")] = `${freshRow[col("수상명")]} (고침)`;
    expect((await confirmImport(planner, await xlsxOf([fresh[0], freshRow]), ctx)).ok).toBe(true);
    const batch = (await db.select().from(importBatches)).at(-1)!;
    await editElsewhere(id, "우수");
    await expect(undoImport(planner, { id: batch.id }, ctx)).rejects.toThrow(ConflictError);
    expect((await awardSnapshot(db, id))!.title).toContain("(고침)");
  });

  it("turns an officer's edited rows into update proposals against the exported version", async () => {
    const officer = await viewerOf("welfare");
    const table = await exportTable();
    const [header, ...rows] = table;
    const col = (name: string) => header.indexOf(name);
    const own = rows.find((r) => r[col("담당부서")].includes("주민복지과"))!;
    own[col("등급")] = "장려";
    const result = await confirmImport(officer, await xlsxOf([header, own]), ctx);
    expect(result.ok).toBe(true);
    const proposal = (await db.select().from(submissions)).at(-1)!;
    expect(proposal).toMatchObject({
      action: "update",
      entityId: Number(own[col("ID")]),
      baseVersion: Number(own[col("버전")]),
      status: "pending",
    });
  });
});
