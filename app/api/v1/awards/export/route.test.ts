import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { agencies, awardDepartments, awards } from "@/db/schema";
import { departmentIdByName } from "@/db/seed";
import { JINCHEON } from "@/db/seed/organisation";
import { licenceOf } from "@/lib/organisation";

const LICENSE = licenceOf(JINCHEON);
import { parseCsv } from "@/lib/csv-parse";
import { seededDb } from "@/test/db";
import { GET } from "./route";

const db = await seededDb();

const get = (query: string) => GET(new NextRequest(`http://localhost/api/v1/awards/export${query}`));

async function workbookOf(res: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
  return workbook;
}

/** The data sheet's rows below the header, as plain arrays of cell values. */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  return (sheet.getSheetValues().slice(2) as unknown[][]).map((r) =>
    Array.from({ length: 11 }, (_, i) => r[i + 1] ?? null),
  );
}

const tenths = (v: unknown) => Math.round(Number(v ?? 0) * 10);

describe("GET /api/v1/awards/export", () => {
  it("exports the 2023 awards as XLSX whose rows and sum match the record", async () => {
    const res = await get("?year=2023&format=xlsx");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="awards-2023.xlsx"');
    const workbook = await workbookOf(res);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["수상 실적", "정보"]);

    const sheet = workbook.getWorksheet("수상 실적")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      "연도",
      "수상명",
      "주관기관",
      "기관유형",
      "등급",
      "인센티브(백만원)",
      "담당부서",
      "수상일",
      "비고",
      "ID",
      "버전",
    ]);
    const rows = rowsOf(sheet);
    const sum = rows.pop()!;
    expect(rows).toHaveLength(61);
    expect(rows[0]).toEqual([
      2023,
      "2022년 위원회 정비 우수 자치단체",
      "행정안전부",
      "중앙정부",
      "우수",
      150,
      "기획감사실",
      null,
      null,
      expect.any(Number),
      1,
    ]);
    expect(rows.find((r) => r[1] === "농촌지도사업 우수 기관상")![6]).toBe("기술보급과, 농촌지원과");
    expect(rows.find((r) => r[1] === "2023년 공공기관 종합청렴도 평가 1등급")![5]).toBeNull();
    // The sum row adds up the rows above it: 61 awards, 1,270.5 백만원 as the document prints.
    expect(sum).toEqual(["합계", "61건", null, null, null, 1270.5, null, null, null, null, null]);
    expect(rows.reduce((s, r) => s + tenths(r[5]), 0)).toBe(tenths(sum[5]));
  });

  it("gives the same rows as the CSV export", async () => {
    const xlsx = rowsOf((await workbookOf(await get("?year=2023"))).getWorksheet(1)!).slice(0, -1);
    const csv = parseCsv(await (await get("?year=2023&format=csv")).text()).slice(1);
    // CSV holds text; an empty XLSX cell is an empty CSV field.
    expect(csv).toEqual(xlsx.map((r) => r.map((cell) => (cell === null ? "" : String(cell)))));
  });

  it("says where the data comes from, under what licence, filtered how and when", async () => {
    const chungbuk = (await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, "충청북도")))[0]!.id;
    const workbook = await workbookOf(await get(`?year=2023&agency=${chungbuk}&format=xlsx`));
    const rows = rowsOf(workbook.getWorksheet(1)!);
    expect(rows.at(-1)).toEqual(["합계", "23건", null, null, null, 713.2, null, null, null, null, null]);
    const info = new Map(
      (workbook.getWorksheet("정보")!.getSheetValues().slice(2) as unknown[][]).map((r) => [r[1], r[2]]),
    );
    expect(info.get("출처")).toBe(LICENSE.source);
    expect(info.get("이용 조건")).toBe(LICENSE.name);
    expect(info.get("출처 표시")).toBe(LICENSE.sourceLine);
    expect(info.get("적용한 조건")).toBe("2023년 · 주관기관 충청북도");
    expect(info.get("행 수")).toBe("23행");
    expect(info.get("자료 기준 시각")).toMatch(/^\d{4}\. \d{2}\. \d{2}\. \d{2}:\d{2}$/);
  });

  it("neutralises a title that would run as a formula", async () => {
    const agencyId = (await db.select({ id: agencies.id }).from(agencies))[0]!.id;
    const { id } = (
      await db
        .insert(awards)
        .values({ year: 2019, title: '=HYPERLINK("http://evil.example","열기")', agencyId })
        .returning()
    )[0];
    await db.insert(awardDepartments).values({ awardId: id, departmentId: (await departmentIdByName(db, "세정과"))! });
    const sheet = (await workbookOf(await get("?year=2019"))).getWorksheet(1)!;
    // The title as recorded; a quotePrefix style keeps it text (lib/xlsx.test.ts reads the style).
    expect(sheet.getCell("B2").value).toBe('=HYPERLINK("http://evil.example","열기")');
    expect(sheet.getCell("B2").formula).toBeUndefined();
  });

  it("refuses an unknown format or filter with the API's error body", async () => {
    const res = await get("?format=pdf&yaer=2023");
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(["format", "yaer"]);
  });
});
