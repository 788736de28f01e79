import { expect, test, type Page } from "@playwright/test";
import { login } from "../fixtures/auth";
import { expectNoAxeViolations } from "../fixtures/axe";

// A4 printouts, counted from the PDF Chromium makes (headless `page.pdf()` uses the print stylesheet).

/** Pages in a PDF from Chromium: its page tree's /Count. */
function pdfPageCount(pdf: Buffer): number {
  const counts = [...pdf.toString("latin1").matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) =>
    Number(m[1]),
  );
  const alt = [...pdf.toString("latin1").matchAll(/\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1]));
  const all = [...counts, ...alt];
  if (all.length === 0) throw new Error("no page tree in the PDF");
  return Math.max(...all);
}

async function printedPages(page: Page, path: string): Promise<number> {
  await page.goto(path);
  await page.emulateMedia({ media: "print" });
  return pdfPageCount(await page.pdf({ format: "A4", preferCSSPageSize: true }));
}

test.describe("인쇄", () => {
  test("대시보드는 A4 4쪽 안에 그래프와 표를 싣는다", async ({ page }) => {
    const pages = await printedPages(page, "/");
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    // Every chart prints as drawn, with each value beside its bar: no empty frame. The tables they
    // stand for stay on screen, one "표로 보기" away.
    const charts = page.getByRole("img", { name: /막대그래프/ });
    expect(await charts.count()).toBeGreaterThanOrEqual(10);
    for (const chart of await charts.all()) {
      await expect(chart).toBeVisible();
      expect(await chart.locator("[data-bar]").count()).toBeGreaterThan(0);
    }
  });

  test("표의 합계 줄은 마지막 행 아래 한 번만 인쇄된다", async ({ page }) => {
    await page.goto("/awards/print?year=2023");
    await page.emulateMedia({ media: "print" });
    const display = await page
      .locator("tfoot")
      .first()
      .evaluate((el) => getComputedStyle(el).display);
    expect(display).toBe("table-row-group");
  });

  test("인쇄용 보기는 거른 목록 전체를 몇 쪽에 싣고, 목록 쪽에서 링크된다", async ({ page }) => {
    // axe over 61 rows on a shared two-core machine.
    test.slow();
    await page.goto("/awards?year=2023&sort=incentive");
    const link = page.getByRole("link", { name: "인쇄용 보기" });
    await expect(link).toHaveAttribute("href", "/awards/print?year=2023&sort=incentive");
    const pages = await printedPages(page, "/awards/print?year=2023&sort=incentive");
    // 61 rows: more than the 20 of one screen page, on a few A4 pages.
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(5);
    await expect(page.locator("main tbody tr")).toHaveCount(61);
    await page.emulateMedia({ media: "screen" });
    await expectNoAxeViolations(page);
  });

  test("집계 보고서는 결재란(담당·팀장·과장)을 인쇄하고 쪽 번호를 매긴다", async ({ page }) => {
    await login(page, "planning");
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto("/review/totals?year=2023");
    const approval = page.getByRole("table").filter({ has: page.getByRole("rowheader", { name: "결재" }) });
    // On screen it is not there; on paper it is, with one box per signer.
    await expect(approval).toBeHidden();
    await page.emulateMedia({ media: "print" });
    await expect(approval).toBeVisible();
    for (const signer of ["담당", "팀장", "과장"])
      await expect(approval.getByRole("columnheader", { name: signer })).toBeVisible();
    // The page counter sits in the @page margin box (app/globals.css), so every page carries "n / N".
    const footerRule = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => {
          try {
            return [...sheet.cssRules].map((r) => r.cssText);
          } catch {
            return [];
          }
        })
        .find((text) => text.includes("counter(pages)")),
    );
    expect(footerRule).toContain("counter(page)");
    const pages = pdfPageCount(await page.pdf({ format: "A4", preferCSSPageSize: true }));
    expect(pages).toBeLessThanOrEqual(6);
  });
});
