import { expect, test } from "@playwright/test";
import { login } from "../fixtures/auth";
import { expectNoAxeViolations } from "../fixtures/axe";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("public pages name the office responsible for the figures, its phone and the guide", async ({ page }) => {
    await page.goto("/awards");
    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText("자료 담당: 기획감사실 (전화 043-539-3114)");
    await footer.getByRole("link", { name: "도움말" }).click();
    await expect(page).toHaveURL(/\/help$/);
    for (const role of ["방문자", "부서 담당자", "기획부서(기획감사실)", "관리자"])
      await expect(page.getByRole("heading", { level: 2, name: role })).toBeVisible();
  });
});

test("the staff header links the guide", async ({ page }) => {
  await login(page, "welfare");
  await expect(page).toHaveURL(/\/workspace/);
  await page.getByRole("navigation", { name: "업무 메뉴" }).getByRole("link", { name: "도움말" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "도움말" })).toBeVisible();
  await expectNoAxeViolations(page);
});
