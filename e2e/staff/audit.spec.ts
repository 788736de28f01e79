import { expect, test, type Locator } from "@playwright/test";
import { login } from "../fixtures/auth";

/** The nth row's 사용자 and 작업 cells (the time is the row header, so data cells start at 사용자). */
function row(table: Locator, n: number) {
  const cells = table.locator("tbody").getByRole("row").nth(n).getByRole("cell");
  return { actor: cells.nth(0), action: cells.nth(1) };
}

test("기획감사실은 로그인 기록을 보고 사용자로 거를 수 있다", async ({ page }) => {
  // The rows to find: a login and a logout by welfare.
  await login(page, "welfare");
  await expect(page).toHaveURL(/\/workspace/);
  await page.getByRole("button", { name: "로그아웃" }).click();
  await expect(page).toHaveURL(/\/login/);

  await login(page, "planning");
  await expect(page).toHaveURL(/\/workspace/);
  await page.getByRole("navigation", { name: "업무 메뉴" }).getByRole("link", { name: "감사 기록" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "감사 기록" })).toBeVisible();

  const table = page.getByRole("table", { name: /^감사 기록/ });
  // Newest first: planning's own login a moment ago.
  await expect(row(table, 0).actor).toHaveText("planning");
  await expect(row(table, 0).action).toHaveText(/^로그인\s*auth\.login$/);

  await page.getByLabel("사용자", { exact: true }).selectOption({ label: "주민복지과 담당자 (welfare)" });
  await page.getByRole("button", { name: "조회" }).click();
  // A plain GET form: the choice is in the URL, so the filtered view can be bookmarked; the empty
  // fields stay out of it.
  await expect(page).toHaveURL(/\/audit\?userId=\d+$/);

  await expect(row(table, 0).action).toHaveText(/^로그아웃\s*auth\.logout$/);
  await expect(row(table, 1).action).toHaveText(/^로그인\s*auth\.login$/);
  // Every row left is welfare's.
  const rows = table.locator("tbody").getByRole("row");
  await expect(rows.filter({ hasNot: page.getByRole("cell", { name: "welfare", exact: true }) })).toHaveCount(0);
  await expect(page.getByLabel("사용자", { exact: true })).toHaveValue(new URL(page.url()).searchParams.get("userId")!);
});

test("부서 담당자에게는 감사 기록이 열리지 않는다", async ({ page }) => {
  await login(page, "tax");
  await expect(page).toHaveURL(/\/workspace/);
  await expect(
    page.getByRole("navigation", { name: "업무 메뉴" }).getByRole("link", { name: "감사 기록" }),
  ).toHaveCount(0);
  await page.goto("/audit");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "감사 기록은 기획감사실과 관리자만 볼 수 있습니다.",
  );
  await expect(page.getByRole("table")).toHaveCount(0);
});
