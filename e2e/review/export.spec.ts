import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { summary } from "../fixtures/api";
import { login } from "../fixtures/auth";

async function open(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  return workbook;
}

const tenths = (v: unknown) => Math.round(Number(v ?? 0) * 10);

test("the public XLSX export opens with the filtered rows, their sum and the 정보 sheet", async ({ request }) => {
  const response = await request.get("/api/v1/awards/export?year=2023&format=xlsx");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="awards-2023.xlsx"');
  const workbook = await open(await response.body());
  expect(workbook.worksheets.map((w) => w.name)).toEqual(["수상 실적", "정보"]);

  const rows = (workbook.getWorksheet("수상 실적")!.getSheetValues().slice(2) as unknown[][]).map((r) => r.slice(1, 8));
  const sum = rows.pop()!;
  const expected = await summary(request);
  expect(rows).toHaveLength(expected.awardCount);
  expect(sum[0]).toBe("합계");
  expect(sum[1]).toBe(`${expected.awardCount}건`);
  expect(tenths(sum[5])).toBe(expected.incentiveTotalWon / 100_000);
  expect(rows.reduce((s, r) => s + tenths(r[5]), 0)).toBe(tenths(sum[5]));

  const info = new Map(
    (workbook.getWorksheet("정보")!.getSheetValues().slice(2) as unknown[][]).map((r) => [r[1], r[2]]),
  );
  expect(info.get("적용한 조건")).toBe("2023년");
  expect(String(info.get("이용 조건"))).toContain("공공누리 제4유형");
});

test("a planner downloads the totals of the totals page as XLSX", async ({ page, request }) => {
  await login(page, "planning");
  await expect(page).toHaveURL(/\/workspace/);
  const { change } = await (await request.get("/api/v1/summary?year=2023")).json();
  await page.goto("/review/totals?year=2023");
  const byYear = page
    .getByRole("table", { name: "연도별 수상 건수와 인센티브" })
    .getByRole("row")
    .filter({ hasText: "2023년" });
  await expect(byYear).toContainText(`+${change.awardCount}`);
  await expect(byYear).toContainText(`+${change.incentiveTotalMillionWon.toLocaleString("ko-KR")}`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "엑셀(XLSX) 내려받기" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("totals-2023.xlsx");
  const fs = await import("node:fs/promises");
  const workbook = await open(await fs.readFile((await file.path())!));
  const rows = (workbook.getWorksheet("집계")!.getSheetValues().slice(2) as unknown[][]).map((r) => r.slice(1, 5));
  const expected = await summary(request);
  expect(rows.at(-1)).toEqual(["합계", "2023년", expected.awardCount, expected.incentiveTotalMillionWon]);
  expect(workbook.getWorksheet("정보")).toBeDefined();
});
