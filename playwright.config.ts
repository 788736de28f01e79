import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_PATH, E2E_DATABASE_URL, E2E_DIST_DIR, E2E_PORT, E2E_SMTP_PORT } from "./e2e/env";

// Runs against the production build made by `npm test` (scripts/test-all.mjs), in Debian's
// Chromium: Playwright's own browser download is not reachable from these machines.
// E2E_BASE_URL points the suite at a server you already run instead (no server is started).
const externalServer = process.env.E2E_BASE_URL;
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  outputDir: "test-results/artifacts",
  use: {
    baseURL: externalServer ?? `http://127.0.0.1:${E2E_PORT}`,
    locale: "ko-KR",
    timezoneId: "Asia/Seoul",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: externalServer
    ? undefined
    : {
        command: `npx next start -p ${E2E_PORT} -H 127.0.0.1`,
        url: `http://127.0.0.1:${E2E_PORT}/api/v1/summary?year=2023`,
        reuseExistingServer: false,
        timeout: 120_000,
        env: {
          DATABASE_URL: E2E_DATABASE_URL,
          NEXT_DIST_DIR: E2E_DIST_DIR,
          NEXT_TELEMETRY_DISABLED: "1",
          // Only e2e/staff/notice-mail.spec.ts listens there; it turns notices on and off again.
          SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
          MAIL_FROM: "성과 알림 <noreply@e2e.test>",
        },
      },
});
