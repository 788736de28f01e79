import os from "node:os";
import path from "node:path";

/** Where the end-to-end run keeps its database and build, outside the clone. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? path.join(os.tmpdir(), "seonggwa-e2e", "e2e.db");
export const E2E_DIST_DIR = ".next-test";
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** A second server on the same build, for the new-county spec (e2e/setup/new-county.spec.ts). */
export const E2E_FRESH_PORT = Number(process.env.E2E_FRESH_PORT ?? E2E_PORT + 1000);
/**
 * The staff specs (e2e/staff/) run beside the others on a server and database of their own, so the
 * two halves of the suite share nothing and can run at once on the two cores CI has.
 */
export const E2E_STAFF_PORT = Number(process.env.E2E_STAFF_PORT ?? E2E_PORT + 2);
export const E2E_STAFF_DATABASE_URL =
  process.env.E2E_STAFF_DATABASE_URL ?? path.join(os.tmpdir(), "seonggwa-e2e-staff", "e2e.db");
/** The SMTP server e2e/staff/notice-mail.spec.ts starts; the app under test is configured to send to it. */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? E2E_PORT + 2000);
