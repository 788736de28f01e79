import { expect, test, type Page } from "@playwright/test";
import { login } from "../fixtures/auth";
import { auditRowsFor, createAccount } from "./e2e-db";

const PASSWORD = "lockout-right-password-1";
const LOCKED = /로그인에 여러 번 실패해 이 계정은 잠시 잠겼습니다/;
const INVALID = "아이디 또는 비밀번호가 맞지 않습니다.";
/** The login form's message (Next.js's route announcer is an alert too, outside <main>). */
const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");

test("five wrong passwords lock the account: the sixth attempt, with the right password, is refused and audited", async ({
  page,
}) => {
  // An account of its own, so locking it cannot disturb the demo accounts other specs use.
  const account = await createAccount("lockout", PASSWORD);

  for (let attempt = 1; attempt <= 5; attempt++) {
    await login(page, account.username, `wrong-password-${attempt}`);
    await expect(formAlert(page)).toHaveText(INVALID);
    await expect(page).toHaveURL(/\/login/);
  }

  await login(page, account.username, PASSWORD);
  await expect(formAlert(page)).toHaveText(LOCKED);
  await expect(page).toHaveURL(/\/login/);
  // No session was issued: a staff page still sends the visitor to the login page.
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/login/);

  const actions = auditRowsFor(account).map((r) => r.action);
  expect(actions.filter((a) => a === "auth.login_failed")).toHaveLength(5);
  expect(actions.filter((a) => a === "auth.lockout")).toHaveLength(1);
  expect(actions.at(-1)).toBe("auth.locked_attempt");
  expect(actions).not.toContain("auth.login");
});

test("the lock belongs to the account: attempts from other addresses are refused too", async ({ browser }) => {
  const account = await createAccount("lockout-xff", PASSWORD);
  const baseURL = test.info().project.use.baseURL;
  // Each attempt claims a different client address; the per-account count must not care.
  for (let attempt = 1; attempt <= 6; attempt++) {
    const context = await browser.newContext({
      baseURL,
      extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${attempt}` },
    });
    const page = await context.newPage();
    await login(page, account.username, attempt <= 5 ? `wrong-password-${attempt}` : PASSWORD);
    await expect(formAlert(page)).toHaveText(attempt <= 5 ? INVALID : LOCKED);
    await context.close();
  }
  expect(auditRowsFor(account).map((r) => r.action)).toContain("auth.lockout");
});
