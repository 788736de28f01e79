import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../fixtures/auth";

/** A page in a context with scripts off: every step below is a plain form post and a full page. */
async function withoutScripts(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: test.info().project.use.baseURL,
    locale: "ko-KR",
  });
  return context.newPage();
}

async function signIn(page: Page, username: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("아이디", { exact: true }).fill(username);
  await page.getByLabel("비밀번호", { exact: true }).fill(password);
  await page.getByRole("button", { name: "로그인", exact: true }).click();
}

test("without JavaScript a wrong password is refused with the reason, and the right one signs in", async ({
  browser,
}) => {
  const page = await withoutScripts(browser);
  await signIn(page, "welfare", "not-the-password");
  await expect(page.getByText("아이디 또는 비밀번호가 맞지 않습니다.")).toBeVisible();
  await expect(page.getByLabel("아이디", { exact: true })).toHaveValue("welfare");

  await signIn(page, "welfare", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workspace/);
  await expect(page.getByRole("button", { name: "로그아웃" })).toBeVisible();
});

test("without JavaScript a bad incentive is named beside its field, the typed award is kept, and a fix saves it", async ({
  browser,
}) => {
  const page = await withoutScripts(browser);
  await signIn(page, "welfare", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/workspace/awards/new");
  const title = `e2e 스크립트 없이 입력 ${Date.now()}`;
  await page.getByLabel("수상명", { exact: true }).fill(title);
  await page.getByLabel("주관기관", { exact: true }).selectOption({ label: "보건복지부" });
  await page.getByLabel("인센티브(백만원)", { exact: true }).fill("12,3");
  await page.getByRole("button", { name: "저장" }).click();

  const incentive = page.getByLabel("인센티브(백만원)", { exact: true });
  await expect(incentive).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await incentive.getAttribute("aria-describedby")) ?? "";
  const beside = page.locator(
    describedBy
      .split(" ")
      .map((id) => `#${id}`)
      .join(", "),
  );
  await expect(beside.filter({ hasText: "쉼표(,)는 세 자리마다 끊는 천 단위 구분에만" })).toHaveCount(1);
  await expect(page.getByLabel("수상명", { exact: true })).toHaveValue(title);
  await expect(incentive).toHaveValue("12,3");

  await incentive.fill("12.3");
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page).toHaveURL(/\/workspace\/submissions/);
  await expect(page.getByText(title)).toBeVisible();
});
