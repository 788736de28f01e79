import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { parseCsv } from "../../lib/csv-parse";

test("a visitor downloads the filtered awards as CSV and reads them back in Korean", async ({ page }) => {
  await page.goto("/awards?year=2023");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("region", { name: "검색 결과" }).getByRole("link", { name: "CSV 내려받기" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = fs.readFileSync((await download.path())!);
  // The UTF-8 byte-order mark is what makes Excel read the Korean correctly.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

  const [header, ...rows] = parseCsv(bytes.toString("utf8"));
  expect(header).toEqual([
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
  expect(rows).toHaveLength(61);
  const tenths = rows.reduce((sum, r) => sum + (r[5] ? Math.round(Number(r[5]) * 10) : 0), 0);
  expect(tenths).toBe(12705);
  expect(rows.find((r) => r[1] === "농촌지도사업 우수 기관상")![6]).toMatch(/농촌지원과/);
  expect(rows.filter((r) => r[2] === "충청북도")).toHaveLength(23);
});
