import { expect, test, type Browser, type Page } from "@playwright/test";
import { findAward } from "../fixtures/api";
import { login } from "../fixtures/auth";

/** A small valid PDF, as the 공문 an officer scans or exports. */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

async function plannerPage(browser: Browser): Promise<Page> {
  const planner = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await login(planner, "planning");
  await expect(planner).toHaveURL(/\/workspace/);
  return planner;
}

test("evidence sent with a proposal reaches the reviewer; the public sees only that it exists until a planner makes it public", async ({
  browser,
  page,
  request,
}) => {
  // Three people, two proposals, two approvals and five views of the public list: over 30 s on a
  // busy two-core runner beside the staff half of the suite.
  test.slow();
  const stamp = Date.now();
  const title = `e2e 증빙 ${stamp}`;
  const fileName = `공문-${stamp}.pdf`;

  await login(page, "welfare");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/workspace/awards/new");
  await page.getByLabel("연도").fill("2023");
  await page.getByLabel("수상명").fill(title);
  await page.getByLabel("주관기관").selectOption({ label: "보건복지부" });
  await page.getByLabel("인센티브(백만원)").fill("1");
  await page
    .getByLabel("함께 보낼 증빙 파일")
    .setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page).toHaveURL(/\/workspace\/submissions/);

  const planner = await plannerPage(browser);
  await planner.goto("/review");
  const item = planner.getByRole("article", { name: new RegExp(title) });
  await expect(item).toContainText("(제출과 함께 보냄)");
  const href = await item.getByRole("link", { name: fileName }).getAttribute("href");
  expect(href).toMatch(/^\/evidence\/\d+$/);
  await item.getByRole("button", { name: "승인", exact: true }).click();
  await expect(planner.getByRole("status").filter({ hasText: "승인" })).toBeVisible();

  // Published: the public list says that evidence exists, names no file, and the file stays closed.
  const visitor = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await visitor.goto(`/awards?q=${encodeURIComponent(title)}`);
  const row = visitor.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("증빙 있음");
  await expect(row.getByRole("link", { name: fileName })).toHaveCount(0);
  expect((await request.get(href!)).status()).toBe(404);

  // A later proposal on the award brings it back to the queue, where the planner opens the file to the public.
  const award = await findAward(request, title);
  await page.goto(`/workspace/awards/${award!.id}/edit`);
  await page.getByLabel("등급").fill("우수");
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page).toHaveURL(/\/workspace\/submissions/);
  await planner.goto("/review");
  const again = planner.getByRole("article", { name: new RegExp(title) });
  await again.getByRole("button", { name: `공개 (${fileName})`, exact: true }).click();
  await expect(planner.getByRole("status").filter({ hasText: "증빙 파일을 공개했습니다" })).toBeVisible();

  await visitor.goto(`/awards?q=${encodeURIComponent(title)}`);
  await expect(visitor.getByRole("row").filter({ hasText: title }).getByRole("link", { name: fileName })).toBeVisible();
  const opened = await request.get(href!);
  expect(opened.status()).toBe(200);
  expect(opened.headers()["content-type"]).toContain("application/pdf");

  await planner
    .getByRole("article", { name: new RegExp(title) })
    .getByRole("button", {
      name: `공개 취소 (${fileName})`,
      exact: true,
    })
    .click();
  await expect(planner.getByRole("status").filter({ hasText: "비공개로 돌렸습니다" })).toBeVisible();
  expect((await request.get(href!)).status()).toBe(404);
});
