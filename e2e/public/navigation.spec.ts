import { expect, test, type Page, type Request } from "@playwright/test";

// Header and footer links prefetch on intent, not on sight (components/layout/intent-link.tsx):
// prefetching every visible link right after hydration was most of a phone's blocking time.

const isRscRequestFor = (pathname: string) => (request: Request) => {
  const url = new URL(request.url());
  return url.pathname === pathname && (url.searchParams.has("_rsc") || request.headers()["rsc"] === "1");
};

async function rscRequests(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has("_rsc") || request.headers()["rsc"] === "1") seen.push(url.pathname);
  });
  return seen;
}

test.describe("사이트 메뉴", () => {
  test("보이는 링크를 미리 불러오지 않고, 가리키거나 초점이 갈 때 불러온다", async ({ page }) => {
    const seen = await rscRequests(page);
    await page.goto("/privacy");
    await page.waitForLoadState("networkidle");
    expect(seen).toEqual([]);

    const menu = page.getByRole("navigation", { name: "주 메뉴" });
    const hovered = page.waitForRequest(isRscRequestFor("/awards"));
    await menu.getByRole("link", { name: "수상 실적" }).hover();
    await hovered;

    const focused = page.waitForRequest(isRscRequestFor("/achievements"));
    await menu.getByRole("link", { name: "분야별 성과" }).focus();
    await focused;
    expect(seen).not.toContain("/downloads");
  });

  test("메뉴로 옮겨 가면 그 쪽이 현재 쪽으로 표시된다", async ({ page }) => {
    await page.goto("/privacy");
    const menu = page.getByRole("navigation", { name: "주 메뉴" });
    await menu.getByRole("link", { name: "분야별 성과" }).click();
    await expect(page).toHaveURL(/\/achievements$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(menu.getByRole("link", { name: "분야별 성과" })).toHaveAttribute("aria-current", "page");
    await expect(menu.getByRole("link", { name: "대시보드" })).not.toHaveAttribute("aria-current", "page");
  });

  test("연도별 대시보드와 인쇄용 보기에서도 해당 메뉴가 현재 쪽으로 표시된다", async ({ page }) => {
    const menu = page.getByRole("navigation", { name: "주 메뉴" });
    await page.goto("/years/2022");
    await expect(menu.getByRole("link", { name: "대시보드" })).toHaveAttribute("aria-current", "page");
    await page.goto("/awards/print?year=2023");
    await expect(menu.getByRole("link", { name: "수상 실적" })).toHaveAttribute("aria-current", "page");
    await expect(menu.getByRole("link", { name: "대시보드" })).not.toHaveAttribute("aria-current", "page");
    await page.goto("/privacy");
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "개인정보처리방침" })).toHaveAttribute(
      "aria-current",
      "page",
    );
  });
});
