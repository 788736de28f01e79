import { expect, test } from "@playwright/test";
import { awardsOf, findAward, summary } from "../fixtures/api";
import { login } from "../fixtures/auth";

test("a planner's edit is on the public pages at the very next request", async ({ page, request }) => {
  const award = (await awardsOf(request, "세정과")).find((a) => a.title === "세외수입 운영실적 우수기관")!;
  expect(award.incentiveWon).toBe(2_000_000);
  const before = await summary(request);
  // Seen first, so the edit below must replace a list that has already been rendered (and cached).
  const listed = "/awards?q=" + encodeURIComponent(award.title);
  await page.goto(listed);
  const row = page.getByRole("row").filter({ hasText: award.title });
  await expect(row).toBeVisible();
  await expect(row).not.toContainText("2.4");

  await login(page, "planning");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto(`/workspace/awards/${award.id}/edit`);
  await page.getByLabel("인센티브(백만원)").fill("2.4");
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page).toHaveURL(/notice=published/);

  const after = await summary(request);
  expect(after.incentiveTotalWon - before.incentiveTotalWon).toBe(400_000);
  expect((await findAward(request, award.title))!.incentiveWon).toBe(2_400_000);
  await page.goto(listed);
  await expect(row).toContainText("2.4");
  // The 2023 page, not `/`: `/` shows the latest published edition, which another spec may have moved on.
  await page.goto("/years/2023");
  await expect(
    page.getByText(after.incentiveTotalMillionWon.toLocaleString("ko-KR"), { exact: false }).first(),
  ).toBeVisible();

  // Put the record back for the other specs.
  await page.goto(`/workspace/awards/${award.id}/edit`);
  await page.getByLabel("인센티브(백만원)").fill("2");
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page).toHaveURL(/notice=published/);
  expect((await summary(request)).incentiveTotalWon).toBe(before.incentiveTotalWon);
});

test("of two people editing the same award, the second save is refused and shown the current values", async ({
  browser,
  request,
}) => {
  const award = (await awardsOf(request, "세정과")).find((a) => a.title === "지방세 징수 우수기관")!;
  // Two people: two separate browser sessions.
  const baseURL = test.info().project.use.baseURL;
  const first = await (await browser.newContext({ baseURL })).newPage();
  const second = await (await browser.newContext({ baseURL })).newPage();
  for (const page of [first, second]) {
    await login(page, "planning");
    await expect(page).toHaveURL(/\/workspace/);
    await page.goto(`/workspace/awards/${award.id}/edit`);
  }
  await first.getByLabel("등급").fill("최우수");
  await first.getByRole("button", { name: "저장" }).click();
  await expect(first).toHaveURL(/notice=published/);

  await second.getByLabel("등급").fill("장려");
  await second.getByRole("button", { name: "저장" }).click();
  await expect(
    second.getByRole("alert").filter({ hasText: "다른 사용자가 먼저 이 항목을 수정했습니다" }),
  ).toBeVisible();
  const stored = second.getByRole("region", { name: "현재 저장된 값" });
  await expect(stored).toContainText("최우수");
  await expect(second.getByLabel("등급")).toHaveValue("장려");
  const response = await request.get(`/api/v1/awards?q=${encodeURIComponent(award.title)}`);
  expect((await response.json()).data[0].grade).toBe("최우수");

  // Saving again after seeing the current values is a deliberate choice; put the grade back.
  await second.getByLabel("등급").fill("우수");
  await second.getByRole("button", { name: "저장" }).click();
  await expect(second).toHaveURL(/notice=published/);
});
