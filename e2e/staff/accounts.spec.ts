import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { login } from "../fixtures/auth";

// One account's life, step by step; each step needs the one before it.
test.describe.configure({ mode: "serial" });

// A new name every run, so the spec also passes against a database an earlier run left behind.
const username = `e2e-${Date.now().toString(36)}`;
const TEMPORARY = "temporary-pass-1";
const CHOSEN = "my-own-password-1";
const RESET = "temporary-pass-2";

/** The confirmation a row's form shows; each of a row's forms has its own. */
function rowStatus(row: Locator, text: string) {
  return row.getByRole("status").filter({ hasText: text });
}

/** The account table's row for a user, found by its 아이디 row header. */
function accountRow(page: Page, name: string) {
  return page
    .getByRole("table", { name: /^계정/ })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name, exact: true }) });
}
// Data cells after the 아이디 header: 이름, 역할, 부서, 상태, 비밀번호 변경 필요, 마지막 로그인, 관리.
const STATUS = 3;
const MUST_CHANGE = 4;

async function openAccounts(page: Page) {
  await login(page, "admin");
  await expect(page).toHaveURL(/\/workspace/);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "계정 관리" })).toBeVisible();
}

/** A second browser with its own cookies, for the account owner while the admin stays signed in. */
async function ownerPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "ko-KR" });
  return context.newPage();
}

async function logout(page: Page) {
  await page.getByRole("button", { name: "로그아웃" }).click();
  await expect(page).toHaveURL(/\/login/);
}

test("관리자가 부서 담당자 계정을 만든다 (잘못 입력하면 입력한 값이 남는다)", async ({ page }) => {
  await openAccounts(page);
  const form = page.getByRole("form", { name: "계정 만들기" });
  await form.getByLabel("아이디").fill(username);
  await form.getByLabel("이름").fill("E2E 담당자");
  await form.getByLabel("역할").selectOption({ label: "부서 담당자" });
  await form.getByLabel("임시 비밀번호").fill("short");
  await form.getByRole("button", { name: "계정 만들기" }).click();

  await expect(form.getByRole("alert")).toHaveText("입력한 내용을 확인해 주세요.");
  await expect(form.getByText("부서 담당자는 부서를 선택해야 합니다.")).toBeVisible();
  await expect(form.getByText("비밀번호는 10자 이상이어야 합니다.")).toBeVisible();
  // The first field with an error takes focus; what was typed is still there, except the password.
  await expect(form.getByLabel("부서")).toBeFocused();
  await expect(form.getByLabel("아이디")).toHaveValue(username);
  await expect(form.getByLabel("이름")).toHaveValue("E2E 담당자");
  await expect(form.getByLabel("역할")).toHaveValue("officer");
  await expect(form.getByLabel("임시 비밀번호")).toHaveValue("");

  await form.getByLabel("부서").selectOption({ label: "주민복지과" });
  await form.getByLabel("임시 비밀번호").fill(TEMPORARY);
  await form.getByRole("button", { name: "계정 만들기" }).click();
  await expect(form.getByRole("status")).toHaveText(`${username} 계정을 만들었습니다.`);

  const row = accountRow(page, username);
  await expect(row.getByRole("cell")).toHaveText([
    "E2E 담당자",
    "부서 담당자",
    "주민복지과",
    "활성",
    "예",
    "없음",
    /비활성화/,
  ]);
});

test("새 사용자는 첫 로그인 때 비밀번호를 바꿔야 한다", async ({ page }) => {
  await login(page, username, TEMPORARY);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByText("임시 비밀번호로 로그인했습니다")).toBeVisible();
  // Other pages send the user back here until the password is changed.
  await page.goto("/workspace/awards");
  await expect(page).toHaveURL(/\/account\/password$/);

  await page.getByLabel("현재 비밀번호").fill(TEMPORARY);
  await page.getByLabel("새 비밀번호", { exact: true }).fill(CHOSEN);
  await page.getByLabel("새 비밀번호 확인").fill(CHOSEN);
  await page.getByRole("button", { name: "비밀번호 바꾸기" }).click();
  // Changing the password ends every session, this one included: sign in again with the new one.
  await expect(page).toHaveURL(/\/login\?notice=password$/);
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "비밀번호를 바꿨습니다. 새 비밀번호로 다시 로그인해 주세요.",
  );
  await login(page, username, CHOSEN);
  await expect(page).toHaveURL(/\/workspace$/);
});

test("비활성화한 계정은 세션이 끝나고 다시 로그인할 수 없다", async ({ page, browser }) => {
  const owner = await ownerPage(browser);
  await login(owner, username, CHOSEN);
  await expect(owner).toHaveURL(/\/workspace$/);

  await openAccounts(page);
  const row = accountRow(page, username);
  await expect(row.getByRole("cell").nth(MUST_CHANGE)).toHaveText("아니요");
  await row.getByRole("button", { name: `비활성화 (${username})` }).click();
  await expect(row.getByRole("alert")).toContainText("비활성화하면 로그인할 수 없고");
  await expect(row.getByRole("cell").nth(STATUS)).toHaveText("활성");
  await row.getByRole("button", { name: "예, 비활성화합니다" }).click();
  await expect(rowStatus(row, "비활성화했습니다")).toHaveText(
    `${username} 계정을 비활성화했습니다. 로그인 중인 세션도 끝났습니다.`,
  );
  await expect(row.getByRole("cell").nth(STATUS)).toHaveText("비활성");

  await owner.reload();
  await expect(owner).toHaveURL(/\/login/);
  await login(owner, username, CHOSEN);
  await expect(owner.getByRole("main").getByRole("alert")).toHaveText("아이디 또는 비밀번호가 맞지 않습니다.");
  await expect(owner).toHaveURL(/\/login/);
  await owner.context().close();
});

test("관리자가 임시 비밀번호를 정하면 사용자는 다시 바꿔야 한다", async ({ page }) => {
  await openAccounts(page);
  const row = accountRow(page, username);
  await row.getByRole("button", { name: `활성화 (${username})`, exact: true }).click();
  await expect(rowStatus(row, "다시 활성화했습니다")).toHaveText(`${username} 계정을 다시 활성화했습니다.`);
  await expect(row.getByRole("cell").nth(STATUS)).toHaveText("활성");
  await row.getByLabel("임시 비밀번호").fill(RESET);
  await row.getByRole("button", { name: `임시 비밀번호 설정 (${username})` }).click();
  await expect(rowStatus(row, "임시 비밀번호를 정했습니다")).toHaveText(
    `${username}의 임시 비밀번호를 정했습니다. 다음 로그인 때 새 비밀번호를 정해야 합니다.`,
  );
  await expect(row.getByRole("cell").nth(MUST_CHANGE)).toHaveText("예");

  await logout(page);
  await login(page, username, RESET);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByText("관리자가 이 계정의 비밀번호를 초기화해")).toBeVisible();
});

test("관리자가 아니면 계정 관리와 부서·기관 관리가 열리지 않는다", async ({ page }) => {
  await login(page, "planning");
  await expect(page).toHaveURL(/\/workspace/);
  await expect(
    page.getByRole("navigation", { name: "업무 메뉴" }).getByRole("link", { name: "계정 관리" }),
  ).toHaveCount(0);
  await page.goto("/admin/users");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("계정 관리는 관리자만 할 수 있습니다.");
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.goto("/admin/registry");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("부서와 기관 목록은 관리자만 관리할 수 있습니다.");
  await expect(page.getByRole("form")).toHaveCount(0);
});
