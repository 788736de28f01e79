import { expect, test } from "@playwright/test";
import { findAward } from "../fixtures/api";
import { login } from "../fixtures/auth";

test("an award titled with markup is stored and shown as text, never run", async ({ page, request }) => {
  const title = `<img src=x onerror=alert(1)> 표시 시험 ${Date.now().toString(36)}`;
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  await login(page, "planning");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/workspace/awards/new");
  await page.getByLabel("연도").fill("2023");
  await page.getByLabel("수상명").fill(title);
  await page.getByLabel("주관기관").selectOption({ index: 1 });
  await page.getByRole("group", { name: "담당부서" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page).toHaveURL(/notice=published/);

  // The public list shows the characters as typed; no element was made from them.
  await page.goto("/awards?q=img");
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toBeVisible();
  await expect(row).toContainText("<img src=x onerror=alert(1)>");
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // The staff list too.
  await page.goto(`/workspace/awards?q=${encodeURIComponent("표시 시험")}`);
  await expect(page.getByText(title).first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);

  // Put the record back: move it to the trash through its edit page.
  const award = await findAward(request, title);
  expect(award, "the API lists the award").toBeDefined();
  await page.goto(`/workspace/awards/${award!.id}/edit`);
  await page.getByRole("button", { name: "삭제", exact: true }).click();
  await expect(page).toHaveURL(/notice=deleted/);
  expect(await findAward(request, title)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
