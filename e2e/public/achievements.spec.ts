import { expect, test } from "@playwright/test";

test.describe("분야별 성과", () => {
  test("아홉 개 분야를 각각 절로 보여 준다", async ({ page }) => {
    await page.goto("/achievements");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("분야별 주요 군정 성과");
    const areaHeadings = page.getByRole("main").getByRole("heading", { level: 2 });
    await expect(areaHeadings).toHaveCount(9);
    await expect(areaHeadings.first()).toHaveText("공존하며 성장하는 지역경제, 경제 강군으로의 위상 강화");
  });

  test("지표의 값과 참고값, 목표를 싣는다", async ({ page }) => {
    await page.goto("/achievements");
    const fertility = page
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "합계출산율", exact: true }) });
    await expect(fertility).toContainText("1.107명");
    await expect(fertility).toContainText("전국 0.778명");
    await expect(fertility).toContainText("충북도 0.871명");

    const perFarm = page
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "농가당 GRDP", exact: true }) });
    await expect(perFarm).toContainText("5,386만원");
    await expect(perFarm).toContainText("민선 8기 목표 6,500만원");
    // The source names no period and no owning department for it (issue 12): the public sees neither as fact.
    await expect(perFarm).toContainText("출처에 기간 표시 없음");
    await expect(perFarm).not.toContainText("농업정책과");
  });
});
