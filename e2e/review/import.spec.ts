import { expect, test } from "@playwright/test";
import { summary } from "../fixtures/api";
import { login } from "../fixtures/auth";

const HEADER = "연도,수상명,주관기관,등급,인센티브(백만원),담당부서";

test("an import with one bad row points at that row and writes nothing", async ({ page, request }) => {
  const stamp = Date.now();
  const csv = [
    HEADER,
    `2023,e2e 일괄 등록 ${stamp} 1,충청북도,우수,1.5,세정과`,
    `2023,e2e 일괄 등록 ${stamp} 2,충청북도청,우수,,세정과`,
  ].join("\r\n");
  const file = { name: "awards.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}\r\n`) };
  const before = await summary(request);

  await login(page, "planning");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/review/import");
  await page.getByLabel("파일 (XLSX 또는 CSV)").setInputFiles(file);
  await page.getByRole("button", { name: "검사하기" }).click();

  const report = page.getByRole("region", { name: "검사 결과: awards.csv" });
  await expect(report).toContainText("오류 1행");
  const bad = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "3행" }) });
  await expect(bad).toContainText("오류 — 3행 주관기관: 등록되지 않은 주관기관입니다: 「충청북도청」");
  await expect(page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2행" }) })).toContainText(
    "추가",
  );
  await expect(page.getByRole("button", { name: /게시$/ })).toHaveCount(0);

  // Even sent straight to the server, the confirm re-reads the file and refuses it whole.
  const forced = await page.request.post("/review/import/run", {
    multipart: { file, confirm: "1" },
    headers: { origin: new URL(page.url()).origin },
  });
  const lines = (await forced.text())
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  expect(lines.at(-1)).toMatchObject({ type: "refused" });
  expect(await summary(request)).toMatchObject({
    awardCount: before.awardCount,
    incentiveTotalWon: before.incentiveTotalWon,
  });
  const found = await request.get(`/api/v1/awards?q=${encodeURIComponent(`e2e 일괄 등록 ${stamp}`)}`);
  expect((await found.json()).total).toBe(0);
});

test("an officer's valid import becomes submissions that wait for review", async ({ page, request }) => {
  const title = `e2e 부서 일괄 제출 ${Date.now()}`;
  const csv = [HEADER, `2023,${title},보건복지부,우수,,주민복지과`].join("\r\n");
  const before = await summary(request);

  await login(page, "welfare");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/review/import");
  await page
    .getByLabel("파일 (XLSX 또는 CSV)")
    .setInputFiles({ name: "mine.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "검사하기" }).click();
  await page.getByLabel(/검사 결과\(추가 1건, 변경 0건\)를 확인했습니다/).check();
  await page.getByRole("button", { name: "1건 승인 요청으로 제출" }).click();
  await expect(page.getByRole("status").filter({ hasText: "제출했습니다: 1건 추가" })).toBeVisible();

  await page.goto("/workspace/submissions");
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText("승인 대기");
  expect((await summary(request)).awardCount).toBe(before.awardCount);

  // Leave the queue as it was: the planner returns it.
  await login(page, "planning");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/review");
  const item = page.getByRole("article", { name: new RegExp(title) });
  await item.getByLabel("반려 사유").fill("e2e 정리");
  await item.getByRole("button", { name: "반려", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "반려했습니다" })).toBeVisible();
});
