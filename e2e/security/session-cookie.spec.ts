import { expect, test } from "@playwright/test";
import { login } from "../fixtures/auth";
import { createAccount } from "./e2e-db";

// This server runs over plain HTTP, so the cookie is `authjs.session-token` without Secure; the
// HTTPS name and flag are checked against Auth.js and the proxy in test/session-cookie.test.ts.
const COOKIE = "authjs.session-token";
const IDLE_LIMIT_SECONDS = 30 * 60;
const PASSWORD = "cookie-test-password-1";

test("the session cookie is HttpOnly, SameSite=Lax and expires within the 30-minute idle limit", async ({
  page,
  context,
}) => {
  const account = await createAccount("cookie", PASSWORD);
  await login(page, account.username, PASSWORD);
  await expect(page).toHaveURL(/\/workspace/);

  const cookie = (await context.cookies()).find((c) => c.name === COOKIE);
  expect(cookie, `no ${COOKIE} cookie`).toBeDefined();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe("Lax");
  expect(cookie!.path).toBe("/");
  const secondsLeft = cookie!.expires - Date.now() / 1000;
  expect(secondsLeft).toBeGreaterThan(0);
  expect(secondsLeft).toBeLessThanOrEqual(IDLE_LIMIT_SECONDS + 5);
  // Page scripts cannot read it.
  expect(await page.evaluate(() => document.cookie)).not.toContain(COOKIE);
});

test("logging out ends the session in this browser", async ({ page }) => {
  const account = await createAccount("logout", PASSWORD);
  await login(page, account.username, PASSWORD);
  await expect(page).toHaveURL(/\/workspace/);

  await page.getByRole("button", { name: "로그아웃" }).click();
  await expect(page).toHaveURL(/\/login\?notice=logout/);
  expect((await page.context().cookies()).find((c) => c.name === COOKIE)).toBeUndefined();
  await page.goto("/workspace/awards");
  await expect(page).toHaveURL(/\/login/);
});

test("a session token copied before logout is refused afterwards", async ({ page, browser }) => {
  // The session is a self-contained token: logging out moves the account's session version on, so
  // a copy taken before logout (stolen, or left in another tab) is refused too.
  const account = await createAccount("replay", PASSWORD);
  await login(page, account.username, PASSWORD);
  await expect(page).toHaveURL(/\/workspace/);
  const stolen = (await page.context().cookies()).find((c) => c.name === COOKIE)!;

  await page.getByRole("button", { name: "로그아웃" }).click();
  await expect(page).toHaveURL(/\/login\?notice=logout/);

  const replay = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await replay.addCookies([stolen]);
  const other = await replay.newPage();
  await other.goto("/workspace");
  try {
    await expect(other).toHaveURL(/\/login/, { timeout: 5_000 });
  } finally {
    await replay.close();
  }
});
