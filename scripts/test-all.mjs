// `npm test`: every Vitest unit test, then every Playwright end-to-end test against a production
// build in Debian's Chromium, then one line "N passed, N failed" counting both suites.
// It writes only to git-ignored places (test-results/, .next-test/) and the system temp folder.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const resultsDir = path.resolve("test-results");
const e2eDir = path.join(os.tmpdir(), "seonggwa-e2e");
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  E2E_DATABASE_URL: path.join(e2eDir, "e2e.db"),
};

function run(command, args, extraEnv = {}) {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } }).status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return true;
  console.log(`${CHROMIUM} is missing: installing Debian's chromium package.`);
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = (args) => run(sudo[0] ?? "apt-get", sudo.length ? ["apt-get", ...args] : args, { DEBIAN_FRONTEND: "noninteractive" });
  apt(["update", "-qq"]);
  apt(["install", "-y", "-qq", "chromium"]);
  return fs.existsSync(CHROMIUM);
}

fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

const unitFile = path.join(resultsDir, "unit-results.json");
run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitFile}`]);
const unit = readJson(unitFile);
let passed = unit?.numPassedTests ?? 0;
let failed = unit ? unit.numFailedTests + (unit.numRuntimeErrors ?? 0) : 1;

let e2eFailedToRun = false;
if (!ensureChromium()) {
  console.error("Chromium could not be installed; end-to-end tests cannot run.");
  e2eFailedToRun = true;
} else {
  // A fresh database for the end-to-end run: migrated, seeded with the record and demo accounts,
  // and built against, so the prerendered pages hold the same data the server will read.
  fs.rmSync(e2eDir, { recursive: true, force: true });
  fs.mkdirSync(e2eDir, { recursive: true });
  const dbEnv = { DATABASE_URL: env.E2E_DATABASE_URL, NEXT_DIST_DIR: ".next-test" };
  const prepared =
    run("npx", ["tsx", "scripts/seed.ts", "--demo-users"], dbEnv) === 0 && run("npx", ["next", "build"], dbEnv) === 0;
  if (!prepared) {
    console.error("The end-to-end build failed.");
    e2eFailedToRun = true;
  } else {
    run("npx", ["playwright", "test"]);
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
