import { expect, test } from "@playwright/test";
import { login } from "../fixtures/auth";
import { expectNoAxeViolations } from "../fixtures/axe";

test("the award form marks required fields, counts the title and refuses a pasted 5,000 characters beside it", async ({
  page,
}) => {
  await login(page, "welfare");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/workspace/awards/new");

  // The latest year open for entry, not the calendar year.
  await expect(page.getByLabel("연도")).toHaveValue("2023");
  for (const name of ["연도", "수상명", "주관기관"]) {
    await expect(page.getByLabel(name, { exact: true })).toHaveAttribute("aria-required", "true");
    const label = page.locator(".field-label", { has: page.getByText(name, { exact: true }) });
    await expect(label.locator(".required-mark")).toHaveText("(필수)");
  }
  await expect(page.getByLabel("등급", { exact: true })).not.toHaveAttribute("aria-required", "true");

  const title = page.getByLabel("수상명", { exact: true });
  await expect(title).not.toHaveAttribute("maxlength");
  await title.fill("복지 우수");
  await expect(page.locator("#field-title-count")).toHaveText("5 / 200자");
  const pasted = "가".repeat(5000);
  await title.fill(pasted);
  await expect(page.locator("#field-title-count")).toHaveText("200자보다 4,800자 많습니다 (5,000자)");
  await expect(title).toHaveValue(pasted);

  await page.getByRole("button", { name: "저장" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "입력한 내용을 확인해 주세요." });
  await expect(summary.getByRole("link", { name: "수상명" })).toHaveAttribute("href", "#field-title");
  await expect(summary.getByRole("link", { name: "주관기관" })).toHaveAttribute("href", "#field-agencyId");
  await expect(page.getByText("수상명은 200자 이내로 입력해 주세요.")).toHaveCount(1);
  // Nothing was cut: the 5,000 characters are still there to shorten.
  await expect(page.getByLabel("수상명", { exact: true })).toHaveValue(pasted);
  await expectNoAxeViolations(page);
});

test("an officer's own new award shows in 우리 부서 수상 실적 as 검토 중 until it is reviewed", async ({ page }) => {
  const title = `e2e 검토 중 표시 ${Date.now()}`;
  await login(page, "welfare");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/workspace/awards/new");
  await page.getByLabel("수상명", { exact: true }).fill(title);
  await page.getByLabel("주관기관", { exact: true }).selectOption({ label: "보건복지부" });
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page).toHaveURL(/\/workspace\/submissions/);

  await page.goto("/workspace/awards");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("우리 부서 수상 실적");
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("검토 중");
  await expect(row.getByRole("link", { name: `${title} 제출 고치기` })).toHaveAttribute(
    "href",
    /\/workspace\/submissions\/\d+\/edit$/,
  );
  await expectNoAxeViolations(page);
});

test("in a closed year the list offers no edit and says why, and the edit page says so once", async ({ page }) => {
  await login(page, "planning");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/review/years");
  const section = page.getByRole("region", { name: /^2023년/ });
  await section.getByRole("button", { name: "2023년 마감", exact: true }).click();
  await section.getByRole("button", { name: "예, 2023년을 마감합니다" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2023년을 마감했습니다." })).toBeVisible();
  try {
    await page.goto("/workspace/awards");
    await expect(page.getByText("2023년은 마감되어 수정할 수 없습니다.")).toHaveCount(1);
    const firstRow = page.getByRole("row").filter({ hasText: "게시됨" }).first();
    await expect(firstRow.getByRole("link", { name: /수정$/ })).toHaveCount(0);
    await expect(firstRow).toContainText("수정 불가: 마감된 연도");
    await expectNoAxeViolations(page);
  } finally {
    await page.goto("/review/years");
    const again = page.getByRole("region", { name: /^2023년/ });
    await again.getByLabel("2023년 마감 해제 사유").fill(`e2e 목록 확인 뒤 해제 ${Date.now()}`);
    await again.getByRole("button", { name: "2023년 마감 해제" }).click();
    await expect(page.getByRole("status").filter({ hasText: "2023년 마감을 해제했습니다." })).toBeVisible();
  }
});
