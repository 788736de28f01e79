import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, type Page, test } from "@playwright/test";
import { E2E_DIST_DIR, E2E_FRESH_PORT } from "../env";
import { expectNoAxeViolations } from "../fixtures/axe";
import { login } from "../fixtures/auth";

// Another county installs Seonggwa: `npm run setup` on an empty database, then the same production
// build the suite runs (.next-test, built on the demo database) served against that database on a
// port of its own. Whatever the build prerendered from Jincheon's record must not reach this site.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seonggwa-new-county-"));
const database = path.join(dir, "eumseong.db");
const password = "eumseong-admin-2024!";
const base = `http://127.0.0.1:${E2E_FRESH_PORT}`;
const FOREIGN = /진천|기획감사실/;

test.use({ baseURL: base });
test.describe.configure({ mode: "serial", timeout: 120_000 });

let server: ChildProcess | undefined;

test.beforeAll(async () => {
  const setup = spawnSync(
    "npm",
    [
      "run",
      "setup",
      "--",
      ...["--org-name", "음성군", "--province", "충청북도", "--review-office", "기획예산실", "--admin", "admin"],
    ],
    { env: { ...process.env, DATABASE_URL: database, SEONGGWA_ADMIN_PASSWORD: password }, encoding: "utf8" },
  );
  expect(setup.status, setup.stderr).toBe(0);

  server = spawn("npx", ["next", "start", "-p", String(E2E_FRESH_PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: database,
      NEXT_DIST_DIR: E2E_DIST_DIR,
      UPLOAD_DIR: path.join(dir, "uploads"),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
    detached: true,
  });
  // Waits for the server to answer, as playwright.config.ts's webServer does for the main one.
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`${base}/privacy`)).status;
        } catch {
          return 0;
        }
      },
      { timeout: 90_000, intervals: [250, 500, 1000] },
    )
    .toBe(200);
});

test.afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The page's whole text, title included, as a visitor and a screen reader get it. */
async function pageText(page: Page): Promise<string> {
  return `${await page.title()}\n${await page.locator("body").innerText()}`;
}

test("public pages speak as 음성군, say nothing is published yet and never name Jincheon", async ({ page }) => {
  // The server's build was made on the suite's (Jincheon) database: its prerendered pages must not be
  // served to a database whose publication revisions they were not rendered under (lib/cache/).
  const empty: Record<string, string> = {
    "/": "아직 게시된 수상 실적이 없습니다.",
    "/awards": "아직 게시된 수상 실적이 없습니다.",
    "/achievements": "아직 게시된 분야별 성과가 없습니다.",
    "/downloads": "아직 게시된 수상 실적이 없습니다.",
  };
  for (const [url, message] of Object.entries(empty)) {
    await page.goto(url);
    await expect(page.getByRole("banner")).toContainText("음성군");
    await expect(page.getByRole("main")).toContainText(message);
    const text = await pageText(page);
    expect(text, url).toContain("음성군");
    expect(text, url).not.toMatch(FOREIGN);
  }
  for (const url of ["/privacy", "/copyright"]) {
    await page.goto(url);
    const text = await pageText(page);
    expect(text, url).toContain("음성군");
    expect(text, url).toContain("기획예산실");
    expect(text, url).not.toMatch(FOREIGN);
  }
});

test("the API, the CSV and the XLSX export carry 음성군's licence line and nothing of Jincheon", async ({
  request,
}) => {
  for (const url of ["/api/v1/summary", "/api/v1/kpis", "/api/v1/awards", "/api/v1/awards?format=csv"]) {
    const response = await request.get(url);
    const body = await response.text();
    expect(response.status(), `${url}: ${body}`).toBeLessThan(500);
    expect(body, url).not.toMatch(FOREIGN);
  }
  const json = await (await request.get("/api/v1/awards")).json();
  expect(JSON.stringify(json.license)).toContain("음성군");
  expect(json.data).toEqual([]);

  const xlsx = await request.get("/api/v1/awards/export?format=xlsx");
  expect(xlsx.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsx.body()) as unknown as ExcelJS.Buffer);
  const cells = workbook.worksheets
    .flatMap((sheet) => sheet.getSheetValues().flat())
    .filter((v) => typeof v === "string")
    .join("\n");
  expect(cells).toContain("음성군");
  expect(cells).not.toMatch(FOREIGN);
});

test("unknown addresses answer 404 with the Korean page in the site frame", async ({ page }) => {
  for (const url of ["/nope", "/years/2019"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("페이지를 찾을 수 없습니다");
    await expect(page.getByRole("banner")).toContainText("주요 군정 성과");
    await expect(page.getByRole("contentinfo")).toContainText("개인정보처리방침");
  }
  await expectNoAxeViolations(page);

  await login(page, "admin", password);
  await expect(page).toHaveURL(/\/(workspace|admin)/);
  const response = await page.goto("/workspace/awards/9999/edit");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("페이지를 찾을 수 없습니다");
  const bare = await page.goto("/workspace/awards/9999");
  expect(bare?.status()).toBe(404);
});

test("the admin renames the organisation and the next request shows the new name everywhere", async ({ page }) => {
  await login(page, "admin", password);
  await expect(page).toHaveURL(/\/(workspace|admin)/);
  await page.goto("/admin/organisation");
  await expectNoAxeViolations(page);

  // Bad input: a Korean message beside the field, what was typed kept.
  await page.getByLabel("기관 이름", { exact: true }).fill("");
  await page.getByLabel("대표전화", { exact: true }).fill("국번없이 일이공");
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page.getByText("대표전화는 숫자와 하이픈(-)으로 입력해 주세요.")).toBeVisible();
  await expect(page.getByLabel("대표전화", { exact: true })).toHaveValue("국번없이 일이공");
  await expectNoAxeViolations(page);

  await page.getByLabel("기관 이름", { exact: true }).fill("음성군청");
  await page.getByLabel("대표전화", { exact: true }).fill("043-871-3114");
  await page.getByLabel("검토 부서 이름", { exact: true }).fill("기획조정실");
  await page.getByRole("button", { name: "저장" }).click();
  await expect(page.getByRole("status").filter({ hasText: "기관 정보를 저장했습니다" })).toBeVisible();

  await page.goto("/");
  await expect(page.getByRole("banner")).toContainText("음성군청");
  await expect(page.getByRole("contentinfo")).toContainText("043-871-3114");
  await page.goto("/privacy");
  await expect(page.getByRole("main")).toContainText("음성군청은 「개인정보 보호법」");
  await expectNoAxeViolations(page);
  await page.goto("/login");
  await expect(page.getByRole("main")).toContainText("부서 담당자와 기획조정실 직원이");
  await page.goto("/copyright");
  await expectNoAxeViolations(page);
});
