import { expect, test } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { login } from "../fixtures/auth";
import { auditRowsFor, createAccount } from "./e2e-db";

const PASSWORD = "two-factor-e2e-password-1";
const codeFor = (secret: string, at: number) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at });

test("enrol an authenticator, log out, and log in again with password then code", async ({ page }) => {
  const account = await createAccount("totp", PASSWORD);
  await login(page, account.username, PASSWORD);
  await expect(page).toHaveURL(/\/workspace/);

  await page.goto("/account/two-factor");
  await page.getByRole("button", { name: "일회용 코드 등록 시작" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expect(page.getByRole("link", { name: /^otpauth:\/\/totp\// })).toBeVisible();

  await page.getByLabel("6자리 코드").fill(codeFor(secret, Date.now()));
  await page.getByRole("button", { name: "등록 확인" }).click();
  const codes = page.getByRole("list", { name: "복구 코드 목록" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  // Once confirmed the secret is not shown again.
  await page.reload();
  await expect(page.getByTestId("totp-secret")).toHaveCount(0);
  await expect(page.getByText(/남은 복구 코드: 10개/)).toBeVisible();

  await page.getByRole("button", { name: "로그아웃" }).click();
  await expect(page).toHaveURL(/\/login/);

  await login(page, account.username, PASSWORD);
  await expect(page).toHaveURL(/\/login\/code/);
  // No session yet: a staff page still sends the visitor to the login page.
  const probe = await page.request.get("/workspace", { maxRedirects: 0 });
  expect(probe.status()).toBe(307);

  await page.getByLabel("일회용 코드 또는 복구 코드").fill("000000");
  await page.getByRole("button", { name: "확인", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("코드가 맞지 않습니다");

  // The next time step: the one that confirmed enrolment cannot be used twice.
  await page.getByLabel("일회용 코드 또는 복구 코드").fill(codeFor(secret, Date.now() + 30_000));
  await page.getByRole("button", { name: "확인", exact: true }).click();
  await expect(page).toHaveURL(/\/workspace/);

  const actions = auditRowsFor(account).map((r) => `${r.action}${r.note === "일회용 코드" ? ":totp" : ""}`);
  expect(actions).toContain("auth.two_factor_enrolled");
  expect(actions).toContain("auth.two_factor_failed");
  expect(actions.at(-1)).toBe("auth.login:totp");
});
