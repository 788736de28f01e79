import { expect, test } from "@playwright/test";
import { summary } from "../fixtures/api";
import { login } from "../fixtures/auth";

test("an officer's new award waits for review while the public totals stay the same", async ({ page, request }) => {
  const before = await summary(request);
  const title = `e2e 복지 우수기관 ${Date.now()}`;

  await login(page, "welfare");
  await expect(page).toHaveURL(/\/workspace$/);
  await page.goto("/workspace/awards/new");
  await page.getByLabel("연도").fill("2023");
  await page.getByLabel("수상명").fill(title);
  await page.getByLabel("주관기관").selectOption({ label: "보건복지부" });
  await page.getByLabel("등급").fill("우수");
  await page.getByLabel("인센티브(백만원)").fill("12.5");
  await expect(page.getByRole("group", { name: "담당부서" }).getByLabel("주민복지과")).toBeChecked();
  await page.getByRole("button", { name: "저장" }).click();

  await expect(page).toHaveURL(/\/workspace\/submissions/);
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("승인 대기");
  await expect(row).toContainText("12.5백만원");

  const after = await summary(request);
  expect(after.awardCount).toBe(before.awardCount);
  expect(after.incentiveTotalWon).toBe(before.incentiveTotalWon);
  const publicList = await request.get(`/api/v1/awards?q=${encodeURIComponent(title)}`);
  expect((await publicList.json()).total).toBe(0);
});

test("a rejected form keeps what was typed and says what is wrong beside each field", async ({ page }) => {
  await login(page, "welfare");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/workspace/awards/new");
  await page.getByLabel("수상명").fill("소수점 두 자리 시험");
  await page.getByLabel("인센티브(백만원)").fill("1.25");
  await page.getByLabel("연도").fill("1899");
  await page.getByRole("button", { name: "저장" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "입력한 내용을 확인해 주세요" })).toBeVisible();
  await expect(page.getByLabel("연도")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("연도")).toBeFocused();
  await expect(page.getByText("연도는 2000년 이후여야 합니다.")).toBeVisible();
  await expect(page.getByText("소수점 아래 한 자리(0.1백만원 단위)까지만")).toBeVisible();
  await expect(page.getByText("주관기관을 선택해 주세요.")).toBeVisible();
  await expect(page.getByLabel("수상명")).toHaveValue("소수점 두 자리 시험");
  await expect(page.getByLabel("인센티브(백만원)")).toHaveValue("1.25");
});
