import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { kpis } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import { parseCsv } from "@/lib/csv-parse";
import { saveKpiValue } from "@/lib/data/kpi-edits";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { GET as getJson } from "../route";
import { GET } from "./route";

const db = await seededDb();

const get = (query: string) => GET(new NextRequest(`http://localhost/api/v1/kpis/export${query}`));

type KpiJson = {
  slug: string;
  name: string;
  area: { title: string };
  unit: string;
  source: string;
  department: string | null;
  values: { period: string; value: string; formatted: string }[];
};

/** The public figures as the JSON API gives them: [지표 ID, 분야, 지표, 단위, 기간, 값, 표기, 담당부서, 출처]. */
async function publicFigures(): Promise<string[][]> {
  const body = (await (await getJson(new NextRequest("http://localhost/api/v1/kpis"))).json()) as { data: KpiJson[] };
  // A KPI with no figure yet is still listed, on one row with the figure's cells empty.
  const none = { period: "", value: "", formatted: "" };
  return body.data.flatMap((k) =>
    (k.values.length ? k.values : [none]).map((v) => [
      k.slug,
      k.area.title,
      k.name,
      k.unit,
      v.period,
      v.value,
      v.formatted,
      k.department ?? "",
      k.source,
    ]),
  );
}

const PICK = ["지표 ID", "분야", "지표", "단위", "기간", "값", "표기", "담당부서", "출처"];

// Text starting with "-" gets an apostrophe so a spreadsheet does not run it as a formula ("'-12.5억원").
const shown = (cell: string) => cell.replace(/^'(?=[=+\-@])/, "");

function picked(header: string[], rows: string[][]): string[][] {
  const at = PICK.map((h) => header.indexOf(h));
  expect(at).not.toContain(-1);
  return rows.map((r) => at.map((i) => shown(r[i] ?? "")));
}

async function csvFigures(res: Response): Promise<string[][]> {
  const [header, ...rows] = parseCsv(await res.text());
  return picked(header, rows);
}

async function xlsxFigures(res: Response): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(["주요 지표", "정보"]);
  const values = workbook.getWorksheet("주요 지표")!.getSheetValues().slice(1) as unknown[][];
  const [header, ...rows] = values.map((r) => Array.from({ length: 11 }, (_, i) => String(r[i + 1] ?? "")));
  return picked(header, rows);
}

beforeAll(async () => {
  await seedDemoUsers(db);
});

describe("GET /api/v1/kpis/export", () => {
  it("CSV holds exactly the public KPI figures, one row per period", async () => {
    const res = await get("?format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="kpis.csv"');
    const figures = await publicFigures();
    expect(figures.length).toBeGreaterThanOrEqual(36);
    expect(await csvFigures(res)).toEqual(figures);
  });

  it("/api/v1/kpis?format=csv is the same file", async () => {
    const res = await getJson(new NextRequest("http://localhost/api/v1/kpis?format=csv"));
    expect(await csvFigures(res)).toEqual(await publicFigures());
  });

  it("XLSX (read by exceljs) holds the same figures, values as exact numbers", async () => {
    const res = await get("?format=xlsx");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="kpis.xlsx"');
    expect(await xlsxFigures(res)).toEqual(await publicFigures());
  });

  it("a published change shows in the next download (a new published revision builds afresh)", async () => {
    const before = await csvFigures(await get("?format=csv"));
    const kpiId = (await db.select().from(kpis).where(eq(kpis.slug, "investment-2023")))[0]!.id;
    await saveKpiValue(
      await viewerOf("planning"),
      { kpiId, version: undefined, period: { kind: "year", year: 2024 }, value: "-12.5", valueUnit: null },
      {
        ip: "127.0.0.1",
      },
    );
    const after = await xlsxFigures(await get("?format=xlsx"));
    expect(after).not.toEqual(before);
    expect(after).toEqual(await publicFigures());
    expect(after.find((r) => r[0] === "investment-2023" && r[4] === "2024")?.[5]).toBe("-1250000000");
  });

  it("refuses an unknown format", async () => {
    const res = await get("?format=pdf");
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: "invalid_parameter", parameter: "format" });
  });
});
