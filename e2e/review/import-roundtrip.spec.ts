import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { summary } from "../fixtures/api";
import { login } from "../fixtures/auth";

// Issue 12 item 3, as a planner does it: export, edit one incentive and add two rows in Excel,
// import, publish, check the public totals, undo, check them again.
test("a re-imported export changes the edited row, adds the new ones, and is undone as a whole", async ({
  page,
  request,
}) => {
  const before = await summary(request);
  const exported = await request.get("/api/v1/awards/export?year=2023&format=xlsx");
  expect(exported.status()).toBe(200);

  // What Excel does to the file: one incentive changed, two rows typed in, the sum row left as is.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exported.body()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet("수상 실적")!;
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  const col = (name: string) => header.indexOf(name);
  let edited: ExcelJS.Row | undefined;
  sheet.eachRow((row, n) => {
    if (!edited && n > 1 && row.getCell(col("인센티브(백만원)")).value === 150) edited = row;
  });
  expect(edited).toBeDefined();
  edited!.getCell(col("인센티브(백만원)")).value = 160.5;
  const stamp = Date.now();
  for (const [title, incentive] of [
    [`e2e 왕복 추가 ${stamp} 1`, 1.2],
    [`e2e 왕복 추가 ${stamp} 2`, null],
  ] as const) {
    const row = sheet.addRow([]);
    row.getCell(col("연도")).value = 2023;
    row.getCell(col("수상명")).value = title;
    row.getCell(col("주관기관")).value = "충청북도";
    row.getCell(col("인센티브(백만원)")).value = incentive;
    row.getCell(col("담당부서")).value = "세정과";
  }
  const file = {
    name: "awards-2023.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  };

  await login(page, "planning");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/review/import");
  await page.getByLabel("파일 (XLSX 또는 CSV)").setInputFiles(file);
  await page.getByRole("button", { name: "검사하기" }).click();
  const report = page.getByRole("region", { name: "검사 결과: awards-2023.xlsx" });
  await expect(report).toContainText("추가 2행");
  await expect(report).toContainText("변경 1행");
  await expect(report).toContainText(`변경 없음 ${before.awardCount - 1}행`);
  await expect(report).toContainText("오류 0행");
  await expect(report).toContainText("인센티브(백만원) 「150」 → 「160.5」");

  // Publishing asks for the confirmation first.
  const publish = page.getByRole("button", { name: "3건 게시" });
  await expect(publish).toBeDisabled();
  await page.getByLabel(/검사 결과\(추가 2건, 변경 1건\)를 확인했습니다/).check();
  await publish.click();
  const done = page.getByRole("status").filter({ hasText: "게시했습니다: 2건 추가, 1건 변경" });
  await expect(done).toBeVisible();
  const batch = /일괄 등록 (\d+)번/.exec((await done.textContent()) ?? "")![1];

  expect(await summary(request)).toMatchObject({
    awardCount: before.awardCount + 2,
    incentiveTotalWon: before.incentiveTotalWon + 10_500_000 + 1_200_000,
  });

  await page.goto("/review/import");
  await page.getByRole("button", { name: `일괄 등록 ${batch}번 되돌리기` }).click();
  await expect(page.getByRole("status").filter({ hasText: `일괄 등록 ${batch}번을 되돌렸습니다` })).toBeVisible();
  expect(await summary(request)).toMatchObject({
    awardCount: before.awardCount,
    incentiveTotalWon: before.incentiveTotalWon,
  });
});
