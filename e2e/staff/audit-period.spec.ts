import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { login } from "../fixtures/auth";
import { expectNoAxeViolations } from "../fixtures/axe";

const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Seoul" });

test("a bad period is refused beside its field, in Korean, with what was typed kept", async ({ page }) => {
  await login(page, "planning");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/audit");
  await page.getByLabel("시작일").fill("2024-02-30");
  await page.getByLabel("종료일").fill("2024-01-01");
  await page.getByRole("button", { name: "조회" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "기간을 확인해 주세요." });
  await expect(summary.getByRole("link", { name: "시작일" })).toHaveAttribute("href", "#audit-from");
  await expect(page.getByText("2024년 2월 30일은 없는 날짜입니다. 시작일을 확인해 주세요.")).toBeVisible();
  await expect(page.getByLabel("시작일")).toHaveValue("2024-02-30");
  await expect(page.getByLabel("시작일")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("table", { name: /감사 기록/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByLabel("시작일").fill("2024-02-01");
  await page.getByRole("button", { name: "조회" }).click();
  await expect(page.getByText("종료일은 시작일과 같거나 그 뒤여야 합니다.")).toBeVisible();
});

test("the log filtered to today exports exactly its rows to XLSX", async ({ page }) => {
  await login(page, "planning");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/audit");
  await page.getByLabel("시작일").fill(today());
  await page.getByLabel("종료일").fill(today());
  await page.getByRole("button", { name: "조회" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${today()}&to=${today()}`));
  const caption = await page
    .getByRole("table", { name: /감사 기록/ })
    .locator("caption")
    .textContent();
  const total = Number(/총 ([\d,]+)건/.exec(caption ?? "")![1].replaceAll(",", ""));
  expect(total).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /엑셀\(XLSX\)로 내려받기/ }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet("감사 기록")!;
  expect(sheet.getRow(1).getCell(2).value).toBe("일시");
  // Every page of the filtered log, not only the 50 rows on screen; nothing was written in between.
  expect(sheet.rowCount - 1).toBe(total);
  const info = workbook.getWorksheet("정보")!;
  const values = info.getSheetValues().flat().map(String);
  expect(values.some((v) => v.includes(`기간 ${today()} ~ ${today()}`))).toBe(true);
});
