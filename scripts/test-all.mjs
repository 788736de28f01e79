// `npm test`: the formatter, linter and type check, every Vitest unit test, the data-layer suites again on
// PostgreSQL, then every Playwright end-to-end test against a production build in Debian's Chromium, the
// consistency suite, the scale step (PostgreSQL, Redis, two instances, nginx), then one line
// "N passed, N failed" counting every suite.
// It writes only to git-ignored places (test-results/, .next-test/) and the system temp folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureChromium } from "./lib/chromium.mjs";
import { buildApp, prepareDatabase, run } from "./lib/production-app.mjs";

const resultsDir = path.resolve("test-results");
// Where playwright.config.ts (through e2e/env.ts) expects the end-to-end database.
const e2eDatabase = process.env.E2E_DATABASE_URL ?? path.join(os.tmpdir(), "seonggwa-e2e", "e2e.db");
const e2eStaffDatabase = process.env.E2E_STAFF_DATABASE_URL ?? path.join(os.tmpdir(), "seonggwa-e2e-staff", "e2e.db");

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

// Static checks count as two tests each run: the formatter and linter, and the type checker.
let passed = 0;
let failed = 0;
for (const [command, args] of [
  ["npx", ["biome", "check", "."]],
  ["npx", ["tsc", "--noEmit", "-p", "."]],
]) {
  if (run(command, args) === 0) passed += 1;
  else failed += 1;
}

const unitFile = path.join(resultsDir, "unit-results.json");
run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitFile}`]);
const unit = readJson(unitFile);
passed += unit?.numPassedTests ?? 0;
failed += unit ? unit.numFailedTests + (unit.numRuntimeErrors ?? 0) : 1;

// The data layer, authorization, bad-input and concurrency suites on PostgreSQL (issue 18): a
// throwaway server started and stopped by the run itself (test/postgres.setup.ts).
const postgresFile = path.join(resultsDir, "postgres-results.json");
const postgresStarted = Date.now();
run(
  "npx",
  ["vitest", "run", "-c", "vitest.postgres.config.ts", "--reporter=default", "--reporter=json"].concat(
    `--outputFile.json=${postgresFile}`,
  ),
);
console.log(`PostgreSQL step: ${Math.round((Date.now() - postgresStarted) / 1000)} s`);
const postgresRun = readJson(postgresFile);
passed += postgresRun?.numPassedTests ?? 0;
failed += postgresRun ? postgresRun.numFailedTests + (postgresRun.numRuntimeErrors ?? 0) : 1;

let e2eFailedToRun = false;
if (!ensureChromium()) {
  console.error("Chromium could not be installed; end-to-end tests cannot run.");
  e2eFailedToRun = true;
} else {
  // A fresh database for the end-to-end run, seeded with the record and demo accounts.
  let prepared = true;
  try {
    prepareDatabase(e2eDatabase);
    prepareDatabase(e2eStaffDatabase);
    buildApp({ databaseUrl: e2eDatabase, distDir: ".next-test" });
  } catch (error) {
    console.error(error);
    prepared = false;
  }
  if (!prepared) {
    console.error("The end-to-end build failed.");
    e2eFailedToRun = true;
  } else {
    run("npx", ["playwright", "test"], { E2E_DATABASE_URL: e2eDatabase, E2E_STAFF_DATABASE_URL: e2eStaffDatabase });
    // One truth on every surface: a server started on a database other than the build's, read after
    // each kind of publishing change, restarts and a restore (test/consistency/).
    const consistencyFile = path.join(resultsDir, "consistency-results.json");
    run(
      "npx",
      ["vitest", "run", "-c", "vitest.consistency.config.ts", "--reporter=default", "--reporter=json"].concat(
        `--outputFile.json=${consistencyFile}`,
      ),
      { CONSISTENCY_DIST: ".next-test" },
    );
    const consistency = readJson(consistencyFile);
    passed += consistency?.numPassedTests ?? 0;
    failed += consistency ? consistency.numFailedTests + (consistency.numRuntimeErrors ?? 0) : 1;
    // Several instances, one truth (issue 18): Redis, two instances on one database and nginx, on the
    // build above; its own step with its own time (scripts/scale/e2e.mjs).
    const scaleStarted = Date.now();
    run(process.execPath, ["scripts/scale/e2e.mjs"]);
    console.log(`scale step: ${Math.round((Date.now() - scaleStarted) / 1000)} s`);
    const scale = readJson(path.join(resultsDir, "scale-results.json"));
    passed += scale?.passed ?? 0;
    failed += scale ? scale.failed : 1;
    const e2e = readJson(path.join(resultsDir, "e2e-results.json"));
    if (!e2e) e2eFailedToRun = true;
    else {
      passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
      failed += e2e.stats.unexpected;
    }
  }
}
if (e2eFailedToRun) failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
