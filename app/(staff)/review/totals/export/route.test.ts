import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import { PUBLIC_VIEWER, type Viewer } from "@/lib/auth/viewer";
import { parseCsv } from "@/lib/csv-parse";
import { seededDb } from "@/test/db";
import { GET } from "./route";

let viewer: Viewer = PUBLIC_VIEWER;
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => viewer }));

const db = await seededDb();
const viewerOf = async (username: string): Promise<Viewer> => {
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
const get = (query: string) => GET(new NextRequest(`http://localhost/review/totals/export${query}`));

beforeAll(async () => {
  await seedDemoUsers(db);
});

describe("GET /review/totals/export", () => {
  it("refuses anyone but the planning office", async () => {
    viewer = PUBLIC_VIEWER;
    expect((await get("?year=2023")).status).toBe(403);
    viewer = await viewerOf("welfare");
    const res = await get("?year=2023&format=csv");
    expect(res.status).toBe(403);
    expect(await res.text()).toBe("기획감사실만 내려받을 수 있습니다.");
  });

  it("exports the totals as XLSX: every breakdown but departments adds up to the sum row", async () => {
    viewer = await viewerOf("planning");
    const res = await get("?year=2023&format=xlsx");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="totals-2023.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["집계", "정보"]);
    const rows = (workbook.getWorksheet("집계")!.getSheetValues().slice(2) as unknown[][]).map((r) => r.slice(1, 6));
    const sum = rows.pop()!;
    expect(sum.slice(0, 4)).toEqual(["합계", "2023년", 61, 1270.5]);
    expect(rows.filter((r) => r[0] === "연도별")).toEqual([
      ["연도별", "2023년", 61, 1270.5, "전년 대비 +16건 / +327.9백만원"],
      ["연도별", "2022년", 45, 942.6, "합계만 보관"],
    ]);
    const tenths = (group: string) =>
      rows.filter((r) => r[0] === group).reduce((s, r) => s + Math.round(Number(r[3]) * 10), 0);
    const count = (group: string) => rows.filter((r) => r[0] === group).reduce((s, r) => s + Number(r[2]), 0);
    for (const group of ["기관 유형별", "주관기관별", "등급별"]) {
      expect([group, count(group), tenths(group)]).toEqual([group, 61, 12705]);
    }
    // A shared award counts for each of its departments.
    expect(count("부서별")).toBe(62);
    const info = new Map(
      (workbook.getWorksheet("정보")!.getSheetValues().slice(2) as unknown[][]).map((r) => [r[1], r[2]]),
    );
    expect(info.get("적용한 조건")).toBe("2023년");
  });

  it("exports the same lines as CSV, sum line included", async () => {
    viewer = await viewerOf("planning");
    const res = await get("?year=2023&format=csv");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = parseCsv(await res.text());
    expect(lines[0]).toEqual(["구분", "항목", "수상 건수(건)", "인센티브(백만원)", "비고"]);
    expect(lines.at(-1)).toEqual(["합계", "2023년", "61", "1270.5", "공동 수상 1건은 부서별에서 부서마다 셈"]);
  });

  it("refuses a bad or unknown year", async () => {
    viewer = await viewerOf("planning");
    expect((await get("?year=abc")).status).toBe(400);
    expect((await get("?year=2023&format=pdf")).status).toBe(400);
    expect((await get("?year=2010")).status).toBe(404);
  });
});
