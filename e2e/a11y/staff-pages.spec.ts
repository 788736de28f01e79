import { expect, test } from "@playwright/test";
import { awardsOf } from "../fixtures/api";
import { login } from "../fixtures/auth";
import { expectNoAxeViolations } from "../fixtures/axe";

test("the login page, and its refused state, have no axe violations", async ({ page }) => {
  await page.goto("/login");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "로그인" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "아이디와 비밀번호를 입력해 주세요." })).toBeVisible();
  await expectNoAxeViolations(page);
});

const PLANNER_PAGES = [
  "/workspace",
  "/workspace/awards",
  "/workspace/awards/new",
  "/workspace/kpis",
  "/workspace/submissions",
  "/workspace/trash",
  "/review",
  "/review/totals",
  "/audit",
];

for (const path of PLANNER_PAGES) {
  test(`${path} has no axe violations for a planner`, async ({ page }) => {
    await login(page, "planning");
    await expect(page).toHaveURL(/\/workspace/);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("the admin pages have no axe violations", async ({ page }) => {
  await login(page, "admin");
  await expect(page).toHaveURL(/\/workspace/);
  for (const path of ["/admin/users", "/admin/registry"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test("the award form with errors and an edit form have no axe violations", async ({ page, request }) => {
  await login(page, "welfare");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/workspace/awards/new");
  await page.getByLabel("인센티브(백만원)").fill("-3");
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page.getByText("인센티브는 0 이상이어야 합니다.")).toBeVisible();
  await expectNoAxeViolations(page);

  const own = (await awardsOf(request, "주민복지과"))[0];
  await page.goto(`/workspace/awards/${own.id}/edit`);
  await expectNoAxeViolations(page);
  await page.goto("/workspace/kpis");
  await expectNoAxeViolations(page);
});

test("a keyboard user reaches the form through the skip link, and errors take focus", async ({ page }) => {
  await page.goto("/login");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "본문 바로가기" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await page.getByLabel("아이디", { exact: true }).focus();
  await page.keyboard.type("welfare");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("비밀번호", { exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  // A refused submit moves focus to the first invalid field, announced with its error.
  const password = page.getByLabel("비밀번호", { exact: true });
  await expect(password).toBeFocused();
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(/비밀번호를 입력해 주세요/);
});
