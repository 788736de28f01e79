import { expect, test } from "@playwright/test";
import { login } from "../fixtures/auth";
import { expectNoAxeViolations } from "../fixtures/axe";

test("the account table fits a 1,366 px screen without scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await login(page, "admin");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/admin/users");
  const scroller = page.getByRole("region", { name: "계정 목록 표" });
  await expect(scroller).toBeVisible();
  const overflow = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
});

test("a planner changes an officer's role and back, is never offered 관리자, and each change is audited", async ({
  page,
}) => {
  await login(page, "planning");
  await expect(page).toHaveURL(/\/workspace/);
  await page.getByRole("navigation", { name: "업무 메뉴" }).getByRole("link", { name: "역할 관리" }).click();
  await expect(page).toHaveURL(/\/admin\/roles$/);
  const row = () => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "tax", exact: true }) });
  const role = row().getByLabel("역할");
  await expect(role.locator("option")).toHaveText(["부서 담당자", "기획감사실"]);
  await expect(
    page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "admin", exact: true }) }),
  ).toContainText("관리자 역할은 관리자만 바꿀 수 있습니다.");
  await expect(
    page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "planning", exact: true }) }),
  ).toContainText("자기 역할은 바꿀 수 없습니다.");

  await role.selectOption({ label: "기획감사실" });
  await row().getByRole("button", { name: "역할 바꾸기 (tax)" }).click();
  await expect(row().getByRole("status")).toHaveText("tax의 역할을 기획감사실로 바꿨습니다.");
  await expect(row().getByRole("cell").nth(2)).toHaveText("기획감사실");
  await expectNoAxeViolations(page);

  // Changing it back is the next action: the first message does not stay beside the new one.
  await row().getByLabel("역할").selectOption({ label: "부서 담당자" });
  await row().getByRole("button", { name: "역할 바꾸기 (tax)" }).click();
  await expect(row().getByRole("status")).toHaveText("tax의 역할을 부서 담당자로 바꿨습니다.");
  await expect(page.getByText("tax의 역할을 기획감사실로 바꿨습니다.")).toHaveCount(0);

  await page.goto("/audit");
  await expect(
    page
      .getByRole("table", { name: /감사 기록/ })
      .getByRole("row")
      .nth(1),
  ).toContainText("역할 변경");
});

test("a success message retires when another form on the page is sent", async ({ page }) => {
  await login(page, "admin");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/admin/users");
  const row = (name: string) =>
    page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  await row("tax").getByRole("button", { name: "부서 이동 (tax)" }).click();
  const first = row("tax").getByRole("status");
  await expect(first).toContainText("tax의 부서를 세정과로 옮겼습니다.");
  await row("welfare").getByRole("button", { name: "부서 이동 (welfare)" }).click();
  await expect(row("welfare").getByRole("status")).toContainText("welfare의 부서를 주민복지과로 옮겼습니다.");
  await expect(page.getByText("tax의 부서를 세정과로 옮겼습니다.")).toHaveCount(0);
});
