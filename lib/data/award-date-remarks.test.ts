/** Issue 15: 수상일 and 비고 on an award, through form rules, proposals, review, public views and the import. */
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportGet } from "@/app/api/v1/awards/export/route";
import { GET as awardsGet } from "@/app/api/v1/awards/route";
import { awards, departments } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { changeRows } from "@/lib/review/change-rows";
import { XLSX_LIMITS } from "@/lib/review/import-file";
import { awardFormSchema, REMARKS_MAX } from "@/lib/validations/award";
import { todayInKorea } from "@/lib/validations/date";
import { toXlsx } from "@/lib/xlsx";
import { readXlsxSheet } from "@/lib/xlsx-read";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { saveAward } from "./award-edits";
import { awardSnapshot } from "./award-records";
import { confirmImport, dryRunImport } from "./import";
import { approveSubmissions, listSubmissions } from "./submissions";

const db = await seededDb();
const ctx = { ip: "127.0.0.1" };
let planner: StaffViewer;
let welfare: StaffViewer;

const departmentId = async (name: string) =>
  (await db.select().from(departments).where(eq(departments.name, name)))[0]!.id;
const awardId = async (title: string) => (await db.select().from(awards).where(eq(awards.title, title)))[0]!.id;

const form = async (fields: Record<string, unknown>) =>
  awardFormSchema.safeParse({
    year: "2023",
    title: "시험 수상",
    agencyId: "2",
    departmentIds: [String(await departmentId("주민복지과"))],
    ...fields,
  });
const errorsOf = async (fields: Record<string, unknown>) => {
  const parsed = await form(fields);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
};

async function exportTable(): Promise<string[][]> {
  const res = await exportGet(new NextRequest("http://localhost/api/v1/awards/export?year=2023&format=xlsx"));
  return readXlsxSheet(new Uint8Array(await res.arrayBuffer()), XLSX_LIMITS)
    .map((l) => l.cells)
    .slice(0, -1);
}

async function xlsxOf(table: string[][]) {
  const [header, ...rows] = table;
  const columns = header.map((h, i) => ({ header: h, value: (r: string[]) => r[i] ?? null }));
  return { name: "awards-2023.xlsx", bytes: await toXlsx({ name: "수상 실적", columns, rows }, []) };
}

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  welfare = await viewerOf("welfare");
});

describe("수상일 and 비고: the form's rules", () => {
  it("takes the usual ways of writing a day and leaves both optional", async () => {
    expect((await form({})).data).toMatchObject({ awardedOn: null, remarks: null });
    for (const typed of [
      "2023-05-03",
      "2023.5.3.",
      "2023. 5. 3.",
      "2023/05/03",
      "2023년 5월 3일",
      "２０２３-０５-０３",
    ])
      expect((await form({ awardedOn: typed })).data?.awardedOn, typed).toBe("2023-05-03");
    expect((await form({ remarks: "  도 평가 결과 공문 기준  " })).data?.remarks).toBe("도 평가 결과 공문 기준");
  });

  it("refuses a day that does not exist, one outside the award's year, one after today, and a long 비고", async () => {
    expect((await errorsOf({ awardedOn: "2023-02-30" })).awardedOn).toBe(
      "수상일은 2023-05-03처럼 있는 날짜로 입력해 주세요.",
    );
    expect((await errorsOf({ awardedOn: "어제" })).awardedOn).toBe(
      "수상일은 2023-05-03처럼 있는 날짜로 입력해 주세요.",
    );
    expect((await errorsOf({ awardedOn: "2022-12-31" })).awardedOn).toBe("수상일은 2023년 안의 날짜여야 합니다.");
    const nextYear = Number(todayInKorea().slice(0, 4)) + 1;
    expect((await errorsOf({ year: String(nextYear), awardedOn: `${nextYear}-12-31` })).awardedOn).toBe(
      "수상일은 오늘 이후일 수 없습니다.",
    );
    expect((await errorsOf({ remarks: "가".repeat(REMARKS_MAX + 1) })).remarks).toBe(
      `비고는 ${REMARKS_MAX}자 이내로 입력해 주세요.`,
    );
    expect((await errorsOf({ remarks: "숨은\u202e글자" })).remarks).toBe("비고에 쓸 수 없는 제어 문자가 있습니다.");
  });
});

describe("수상일 and 비고: proposal, review and the public record", () => {
  it("an officer's proposal carries them, review shows them, approval publishes them", async () => {
    const id = await awardId("2022년 지역자활센터 성과평가");
    const before = (await awardSnapshot(db, id))!;
    await saveAward(
      welfare,
      {
        ...before,
        incentive: before.incentiveWon,
        awardedOn: "2023-04-12",
        remarks: "충청북도 공문 제2023-123호",
        submissionVersion: undefined,
      },
      ctx,
    );
    // Nothing public yet.
    expect(await awardSnapshot(db, id)).toMatchObject({ awardedOn: null, remarks: null });
    const proposal = (await listSubmissions(planner)).find((s) => s.entityId === id && s.status === "pending")!;
    const rows = changeRows(
      { entityType: "award", action: "update", content: proposal.content, published: before },
      { agency: String, department: String, kpi: () => undefined },
    );
    expect(rows.filter((r) => r.changed)).toEqual([
      { label: "수상일", before: "-", after: "2023. 4. 12.", changed: true },
      { label: "비고", before: "-", after: "충청북도 공문 제2023-123호", changed: true },
    ]);

    await approveSubmissions(planner, [{ id: proposal.id, version: proposal.version }], ctx);
    expect(await awardSnapshot(db, id)).toMatchObject({
      awardedOn: "2023-04-12",
      remarks: "충청북도 공문 제2023-123호",
    });
    const res = await awardsGet(new NextRequest("http://localhost/api/v1/awards?year=2023&q=지역자활센터"));
    expect((await res.json()).data[0]).toMatchObject({
      awardedOn: "2023-04-12",
      remarks: "충청북도 공문 제2023-123호",
    });
  });
});

describe("수상일 and 비고: export and re-import", () => {
  it("are in the export, and the export re-imported changes nothing", async () => {
    const id = await awardId("2023년 공공기관 종합청렴도 평가 1등급");
    const current = (await awardSnapshot(db, id))!;
    await saveAward(
      planner,
      { ...current, incentive: current.incentiveWon, awardedOn: "2023-12-06", remarks: '=HYPERLINK("x")' },
      ctx,
    );
    const table = await exportTable();
    const [header] = table;
    const row = table.find((r) => r[header.indexOf("ID")] === String(id))!;
    expect(row[header.indexOf("수상일")]).toBe("2023-12-06");
    // The record's own text; its cell's quotePrefix style keeps a spreadsheet from running it.
    expect(row[header.indexOf("비고")]).toBe('=HYPERLINK("x")');

    const report = await dryRunImport(planner, await xlsxOf(table));
    expect(report.counts).toMatchObject({ add: 0, update: 0, invalid: 0 });
    const result = await confirmImport(planner, await xlsxOf(table), ctx);
    expect(result).toMatchObject({ ok: true, outcome: { kind: "unchanged" } });
  });

  it("a file without the two columns keeps them; an emptied cell clears one", async () => {
    const id = await awardId("2023년 공공기관 종합청렴도 평가 1등급");
    const table = await exportTable();
    const [header] = table;
    const without = table.map((r) => r.filter((_, i) => header[i] !== "수상일" && header[i] !== "비고"));
    const report = await dryRunImport(planner, await xlsxOf(without));
    expect(report.counts).toMatchObject({ add: 0, update: 0, invalid: 0 });

    const cleared = table.map((r) =>
      r[header.indexOf("ID")] === String(id) ? r.map((c, i) => (header[i] === "수상일" ? "" : c)) : r,
    );
    const result = await confirmImport(planner, await xlsxOf(cleared), ctx);
    expect(result).toMatchObject({ ok: true, outcome: { updated: 1 } });
    expect(await awardSnapshot(db, id)).toMatchObject({ awardedOn: null, remarks: '=HYPERLINK("x")' });
  });

  it("a bad 수상일 in a file is refused on its row and column", async () => {
    const table = await exportTable();
    const [header, first] = table;
    const bad = [header, first.map((c, i) => (header[i] === "수상일" ? "2021-01-01" : c))];
    const report = await dryRunImport(planner, await xlsxOf(bad));
    expect(report.rows[0].errors).toEqual([
      { row: 2, column: "수상일", message: "수상일은 2023년 안의 날짜여야 합니다." },
    ]);
  });
});
