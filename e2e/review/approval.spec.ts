import { expect, test, type Page } from "@playwright/test";
import { findAward, summary } from "../fixtures/api";
import { login } from "../fixtures/auth";

/** The welfare officer proposes a new award through the form; returns its unique title. */
async function submitAsWelfare(page: Page, title: string, incentive: string) {
  await login(page, "welfare");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/workspace/awards/new");
  await page.getByLabel("연도").fill("2023");
  await page.getByLabel("수상명").fill(title);
  await page.getByLabel("주관기관").selectOption({ label: "보건복지부" });
  await page.getByLabel("등급").fill("우수");
  await page.getByLabel("인센티브(백만원)").fill(incentive);
  await expect(page.getByRole("group", { name: "담당부서" }).getByLabel("주민복지과")).toBeChecked();
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page).toHaveURL(/\/workspace\/submissions/);
}

test("an officer's award reaches the public only when a planner approves it on /review", async ({
  browser,
  page,
  request,
}) => {
  const title = `e2e 검토 승인 ${Date.now()}`;
  const before = await summary(request);
  await submitAsWelfare(page, title, "12.5");
  expect(await summary(request)).toMatchObject({
    awardCount: before.awardCount,
    incentiveTotalWon: before.incentiveTotalWon,
  });

  const planner = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await login(planner, "planning");
  await expect(planner).toHaveURL(/\/workspace/);
  await planner.goto("/review");
  const item = planner.getByRole("article", { name: new RegExp(title) });
  await expect(item.getByRole("table", { name: "바뀌는 내용" })).toContainText(title);
  // The preview of what approving does to the published totals.
  await expect(item).toContainText(`${before.awardCount}건 → ${before.awardCount + 1}건`);
  await item.getByRole("button", { name: "승인", exact: true }).click();
  await expect(planner.getByRole("status").filter({ hasText: "승인해 게시했습니다" })).toBeVisible();
  await expect(planner.getByRole("article", { name: new RegExp(title) })).toHaveCount(0);

  const after = await summary(request);
  expect(after.awardCount).toBe(before.awardCount + 1);
  expect(after.incentiveTotalWon).toBe(before.incentiveTotalWon + 12_500_000);

  // Put the record back for the other specs: the planner moves the award to the trash.
  const award = (await findAward(request, title))!;
  await planner.goto(`/workspace/awards/${award.id}/edit`);
  await planner.getByRole("button", { name: "삭제" }).click();
  await expect(planner).toHaveURL(/notice=deleted/);
  expect(await summary(request)).toMatchObject({
    awardCount: before.awardCount,
    incentiveTotalWon: before.incentiveTotalWon,
  });
});

test("a returned submission shows the planner's reason to the officer", async ({ browser, page, request }) => {
  const title = `e2e 검토 반려 ${Date.now()}`;
  const reason = `증빙 공문 번호를 적어 주세요 ${Date.now()}`;
  const before = await summary(request);
  await submitAsWelfare(page, title, "3");

  const planner = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await login(planner, "planning");
  await expect(planner).toHaveURL(/\/workspace/);
  await planner.goto("/review");
  const item = planner.getByRole("article", { name: new RegExp(title) });
  await item.getByRole("button", { name: "반려", exact: true }).click();
  await expect(item.getByText("반려 사유를 입력해 주세요.")).toBeVisible();
  await item.getByLabel("반려 사유").fill(reason);
  await item.getByRole("button", { name: "반려", exact: true }).click();
  await expect(planner.getByRole("status").filter({ hasText: "반려했습니다" })).toBeVisible();

  await page.goto("/workspace/submissions");
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("반려됨");
  await expect(row).toContainText(reason);
  expect((await summary(request)).awardCount).toBe(before.awardCount);
});

test("a planner returns a checked batch in one go, with one reason", async ({ browser, page }) => {
  const stamp = Date.now();
  const titles = [`e2e 일괄 반려 가 ${stamp}`, `e2e 일괄 반려 나 ${stamp}`];
  for (const title of titles) await submitAsWelfare(page, title, "1");

  const planner = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await login(planner, "planning");
  await expect(planner).toHaveURL(/\/workspace/);
  await planner.goto("/review");
  for (const title of titles)
    await planner
      .getByRole("article", { name: new RegExp(title) })
      .getByLabel("선택")
      .check();
  await planner.getByLabel("반려 사유(선택한 항목)").fill(`e2e 일괄 반려 사유 ${stamp}`);
  await planner.getByRole("button", { name: "선택한 항목 반려" }).click();
  await expect(planner.getByRole("status").filter({ hasText: "2건을 반려했습니다." })).toBeVisible();
  for (const title of titles) await expect(planner.getByRole("article", { name: new RegExp(title) })).toHaveCount(0);

  await page.goto("/workspace/submissions");
  for (const title of titles)
    await expect(page.getByRole("row").filter({ hasText: title })).toContainText(`e2e 일괄 반려 사유 ${stamp}`);
});

test("an officer cannot open the review pages", async ({ page }) => {
  await login(page, "tax");
  await expect(page).toHaveURL(/\/workspace/);
  for (const path of ["/review", "/review/totals", "/review/years", "/review/duplicates"]) {
    await page.goto(path);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("기획감사실만 볼 수 있습니다");
    await expect(page.getByRole("button", { name: "승인" })).toHaveCount(0);
  }
  const exported = await page.request.get("/review/totals/export?year=2023&format=csv");
  expect(exported.status()).toBe(403);
});
