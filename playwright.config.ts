import { defineConfig, devices } from "@playwright/test";
import {
  CHROMIUM_PATH,
  E2E_DATABASE_URL,
  E2E_DIST_DIR,
  E2E_PORT,
  E2E_SMTP_PORT,
  E2E_STAFF_DATABASE_URL,
  E2E_STAFF_PORT,
} from "./e2e/env";

// Runs against the production build made by `npm test` (scripts/test-all.mjs), in Debian's
// Chromium: Playwright's own browser download is not reachable from these machines.
// E2E_BASE_URL points the suite at a server you already run instead (no server is started).
const externalServer = process.env.E2E_BASE_URL;
const STAFF_SPECS = /[\\/]e2e[\\/]staff[\\/].*\.spec\.ts$/;

/** `next start` on the test build against one database, answering once the data is readable. */
function server(port: number, databaseUrl: string, extra: Record<string, string> = {}) {
  return {
    command: `npx next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/v1/summary?year=2023`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { DATABASE_URL: databaseUrl, NEXT_DIST_DIR: E2E_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", ...extra },
  };
}

// The staff server sends notices by e-mail to the SMTP server e2e/staff/notice-mail.spec.ts starts;
// nobody else turns notices on, so no other spec ever connects to it.
const NOTICE_MAIL = { SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`, MAIL_FROM: "성과 알림 <noreply@e2e.test>" };

// Two halves, each one file after another against its own server and database: the staff specs
// (e2e/staff/) and everything else. They share nothing, so they run at once, one per core; within a
// half, files keep their order (visitors' specs read the seeded record before review specs change it).
// Against an external server (E2E_BASE_URL) everything runs there, one file at a time.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: externalServer ? 1 : 2,
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
  projects: [
    {
      name: "chromium",
      testIgnore: externalServer ? undefined : STAFF_SPECS,
      workers: 1,
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
    ...(externalServer
      ? []
      : [
          {
            name: "staff",
            testMatch: STAFF_SPECS,
            workers: 1,
            use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: `http://127.0.0.1:${E2E_STAFF_PORT}` },
          },
        ]),
  ],
  webServer: externalServer
    ? undefined
    : [server(E2E_PORT, E2E_DATABASE_URL), server(E2E_STAFF_PORT, E2E_STAFF_DATABASE_URL, NOTICE_MAIL)],
});
