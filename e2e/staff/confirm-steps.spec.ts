import { type Browser, expect, type Page, test } from "@playwright/test";
import { login } from "../fixtures/auth";
import { expectNoAxeViolations } from "../fixtures/axe";

/**
 * Signs in (the login form itself needs scripts) and hands back a page with scripts as asked: the
 * session is carried into a context without JavaScript when the step is to be tried without it.
 */
async function signedIn(page: Page, browser: Browser, username: string, javaScriptEnabled: boolean): Promise<Page> {
  await login(page, username);
  await expect(page).toHaveURL(/\/workspace/);
  if (javaScriptEnabled) return page;
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
    baseURL: test.info().project.use.baseURL,
    locale: "ko-KR",
  });
  return context.newPage();
}

// The question is a server step: it must appear, and nothing change, with scripts off as on.
for (const javaScriptEnabled of [false, true]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test("closing a year asks first; cancelling leaves it open", async ({ page: first, browser }) => {
      const page = await signedIn(first, browser, "planning", javaScriptEnabled);
      await page.goto("/review/years");
      const section = page.getByRole("region", { name: /^2023년/ });
      await expect(section.getByRole("heading", { level: 2 })).toContainText("열림");
      await section.getByRole("button", { name: "2023년 마감", exact: true }).click();

      const question = section.getByRole("alert");
      await expect(question).toContainText("2023년을 마감하면 그해 수상 실적을 추가·수정·삭제할 수 없고");
      await expect(section.getByRole("button", { name: "예, 2023년을 마감합니다" })).toBeVisible();
      await expect(section.getByRole("heading", { level: 2 })).toContainText("열림");
      // axe runs as a script in the page, so only where scripts run.
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await section.getByRole("link", { name: "취소" }).click();
      await expect(page.getByRole("region", { name: /^2023년/ }).getByRole("heading", { level: 2 })).toContainText(
        "열림",
      );
      await expect(page.getByRole("button", { name: "예, 2023년을 마감합니다" })).toHaveCount(0);
    });

    test("deactivating an account asks first, naming it; cancelling keeps it active", async ({
      page: first,
      browser,
    }) => {
      const page = await signedIn(first, browser, "admin", javaScriptEnabled);
      await page.goto("/admin/users");
      const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "tax", exact: true }) });
      await row.getByRole("button", { name: "비활성화 (tax)" }).click();
      const question = page.getByRole("alert").filter({ hasText: "tax 계정" });
      await expect(question).toContainText("비활성화하면 로그인할 수 없고, 로그인 중인 세션도 바로 끝납니다.");
      await expect(question.getByRole("button", { name: "예, 비활성화합니다" })).toBeVisible();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await question.getByRole("link", { name: "취소" }).click();
      const again = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "tax", exact: true }) });
      await expect(again.getByRole("cell").nth(3)).toHaveText("활성");
    });
  });
}

test("an import states its effect on the public totals beside the button that publishes it", async ({ page }) => {
  await login(page, "planning");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/review/import");
  const csv =
    "연도,수상명,주관기관,등급,인센티브(백만원),담당부서\n2023,e2e 확인 단계 시험,보건복지부,우수,2.5,주민복지과\n";
  await page.getByLabel("파일 (XLSX 또는 CSV)").setInputFiles({
    name: "confirm.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  });
  await page.getByRole("button", { name: "검사하기" }).click();
  const confirm = page.getByRole("heading", { name: "게시하기 전에 확인해 주세요" });
  await expect(confirm).toBeVisible();
  await expect(page.getByRole("list", { name: "게시하기 전에 확인해 주세요" })).toContainText(
    /게시하면 2023년 공개 합계가 [\d,]+건 \/ [\d,.]+백만원에서 [\d,]+건 \/ [\d,.]+백만원으로 바로 바뀝니다\./,
  );
  await expect(page.getByRole("button", { name: "1건 게시" })).toBeDisabled();
  await expectNoAxeViolations(page);
});
