import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/axe";

// Reads the seeded 2023 record: 61 awards, 1,270.5백만원, against the 2022 baseline of 45 / 942.6.

test.describe("대시보드", () => {
  test("2023년 수상 건수와 인센티브 합계를 전년 대비 증감과 함께 보여 준다", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "진천군 주요 군정 성과" })).toBeVisible();

    const overview = page.getByRole("region", { name: "2023년 기관표창 수상 실적" });
    await expect(overview.getByText("61건", { exact: true })).toBeVisible();
    await expect(overview.getByText("1,270.5백만원", { exact: true })).toBeVisible();
    await expect(overview.getByText("+16건", { exact: true })).toBeVisible();
    await expect(overview.getByText("+327.9백만원", { exact: true })).toBeVisible();
    await expect(page.getByText(/최종 변경일: \d{4}년 \d{1,2}월 \d{1,2}일/)).toBeVisible();
  });

  test("핵심 지표 카드에 값과 기간, 비교를 싣는다", async ({ page }) => {
    await page.goto("/");
    const card = page
      .getByRole("region", { name: "핵심 지표" })
      .getByRole("listitem")
      .filter({ hasText: "합계출산율" });
    await expect(card).toContainText("1.107명");
    // The source gives no year for this figure (issue 12): the card says so instead of inventing one.
    await expect(card).toContainText("출처에 기간 표시 없음");
    await expect(card).not.toContainText("2023");
    await expect(card).toContainText("도내 1위");
  });

  test("그래프마다 요약 문장과 표 대안이 있다", async ({ page }) => {
    await page.goto("/");
    const overview = page.getByRole("region", { name: "2023년 기관표창 수상 실적" });
    await expect(overview.getByRole("img", { name: /막대그래프/ })).toHaveCount(8);
    await expect(page.getByText("수상 건수는 충청북도가 23건으로 가장 많고")).toBeVisible();

    const expectations = [
      { section: "주관기관별", row: "충청북도", values: ["23", "713.2"] },
      { section: "기관 유형별", row: "중앙정부", values: ["30", "537.1"] },
      { section: "담당부서별", row: "주민복지과", values: ["5", "76"] },
      { section: "등급별", row: "등급 없음", values: ["7", "0"] },
    ];
    for (const { section, row, values } of expectations) {
      const region = page.getByRole("region", { name: `${section} 수상 건수와 인센티브` });
      await region.getByText(`${section} 자료를 표로 보기`).click();
      const table = region.getByRole("table", { name: `${section} 수상 건수와 인센티브` });
      await expect(table).toBeVisible();
      const cells = table
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: row, exact: true }) })
        .getByRole("cell");
      await expect(cells.nth(0)).toHaveText(values[0]);
      await expect(cells.nth(1)).toHaveText(values[1]);
    }
  });

  test("공동 수상은 부서마다 센다고 밝힌다", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByText("여러 부서가 함께 받은 상 1건은 부서마다 한 건으로 셌으므로")).toBeVisible();
  });

  test("총계만 있는 2022년을 고르면 합계와 내역이 없다는 안내를 보여 준다", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("연도", { exact: true }).selectOption("2022");
    await page.getByRole("button", { name: "보기" }).click();
    await expect(page).toHaveURL(/\/years\/2022$/);
    const overview = page.getByRole("region", { name: "2022년 기관표창 수상 실적" });
    await expect(overview.getByText("45건", { exact: true })).toBeVisible();
    await expect(overview.getByText("942.6백만원", { exact: true })).toBeVisible();
    await expect(overview.getByText(/총계만 기록되어 있어/)).toBeVisible();
    await expect(page.getByRole("img", { name: /막대그래프/ })).toHaveCount(0);
  });

  test("연도별 추이: 기록된 모든 연도의 건수와 인센티브를 그래프, 문장과 표로 보여 준다", async ({ page }) => {
    test.slow();
    await page.goto("/");
    const trends = page.getByRole("region", { name: "연도별 추이" });
    await expect(trends.getByRole("img", { name: /막대그래프/ })).toHaveCount(2);
    await expect(trends.getByText(/2022년 45건\(942\.6백만원\) → 2023년 61건\(1,270\.5백만원\)/)).toBeVisible();
    await trends.getByText("연도별 자료를 표로 보기").click();
    const table = trends.getByRole("table", { name: "연도별 수상 건수와 인센티브" });
    await expect(table.getByRole("row")).toHaveCount(3);
    await expect(table.getByRole("rowheader", { name: "2022년 (총계만 기록)" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
