// The scale step of `npm test` (issue 18): several instances, one truth. Starts PostgreSQL, Redis,
// two `next start` instances on one PostgreSQL database and nginx with deploy/nginx/seonggwa.conf,
// all on 127.0.0.1 at free ports in a temp folder (Debian's postgresql, redis-server and nginx are
// installed with apt-get when missing), and checks what a deployment promises:
//   - two instances started together on a new database migrate it once;
//   - each instance and nginx answer the health check, and nginx serves /_next/static itself;
//   - a person logged in on one instance acts on the other (shared AUTH_SECRET, one build);
//   - an approval through instance A shows through nginx and instance B on the next request, on
//     prerendered pages and the open data;
//   - with Redis stopped, another approval shows everywhere, without an error;
//   - with PostgreSQL stopped, a save fails with a clear message and keeps what was typed; once
//     the server is back the same save goes through, without restarting an instance;
//   - with instance A killed, nginx goes on answering every public page with the right figures.
// Reuses the .next-test build when there is one (npm test builds it first); `--build` builds afresh.
// Prints "scale: N passed, N failed" and writes test-results/scale-results.json. Everything it
// started is stopped at the end, even on failure.
//   node scripts/scale/e2e.mjs [--build]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Redis } from "ioredis";
import { chromium } from "playwright-core";
import { CHROMIUM, ensureChromium } from "../lib/chromium.mjs";
import { ensureDebianPackages } from "../lib/debian.mjs";
import { startPostgres } from "../lib/postgres.mjs";
import { buildApp, prepareDatabase } from "../lib/production-app.mjs";
import { freePort, startInstance, startNginx, startRedis, stopAll, tempDir } from "./topology.mjs";

const DIST = ".next-test";
const PASSWORD = "seonggwa-demo-2023";
const startedAt = Date.now();
const results = [];

async function check(name, body) {
  const t = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - t} ms)`);
  } catch (error) {
    results.push({ name, ok: false, error: String(error?.stack ?? error) });
    console.log(
      `  ✗ ${name}\n    ${String(error?.message ?? error)
        .split("\n")
        .join("\n    ")}`,
    );
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

async function json(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
  expect(response.status === 200, `${url}: HTTP ${response.status}`);
  return response.json();
}
async function text(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
  expect(response.status === 200, `${url}: HTTP ${response.status}`);
  return response.text();
}
const countText = (n) => `>${new Intl.NumberFormat("ko-KR").format(n)}건<`;

/** What every surface must show once `count` awards and `millionWon` are published for 2023. */
async function showsEverywhere(bases, { count, millionWon, title }) {
  for (const base of bases) {
    const summary = await json(`${base}/api/v1/summary?year=2023`);
    expect(summary.awardCount === count, `${base} summary: ${summary.awardCount} awards, expected ${count}`);
    expect(
      Math.abs(summary.incentiveTotalMillionWon - millionWon) < 1e-6,
      `${base} summary: ${summary.incentiveTotalMillionWon} 백만원, expected ${millionWon}`,
    );
    expect((await text(`${base}/`)).includes(countText(count)), `${base}/ does not show ${count}건`);
    expect(
      (await text(`${base}/awards?q=${encodeURIComponent(title)}`)).includes(title),
      `${base}/awards lacks ${title}`,
    );
  }
}

const browserArgs = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"];
async function login(page, base, username) {
  await page.goto(`${base}/login`);
  await page.getByLabel("아이디", { exact: true }).fill(username);
  await page.getByLabel("비밀번호", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "로그인", exact: true }).click();
  await page.waitForURL(/\/workspace/);
}

/** The officer proposes on one instance, the planner approves on the other; each logged in on the first. */
async function proposeAndApprove(browser, { a, b, title, millionWon }) {
  const officer = await (await browser.newContext({ locale: "ko-KR" })).newPage();
  await login(officer, a, "welfare");
  await officer.goto(`${b}/workspace/awards/new`);
  await officer.getByLabel("연도").fill("2023");
  await officer.getByLabel("수상명").fill(title);
  await officer.getByLabel("주관기관").selectOption({ label: "보건복지부" });
  await officer.getByLabel("등급").fill("우수");
  await officer.getByLabel("인센티브(백만원)").fill(String(millionWon));
  await officer.getByRole("button", { name: "저장" }).click();
  await officer.waitForURL(/\/workspace\/submissions/);
  const planner = await (await browser.newContext({ locale: "ko-KR" })).newPage();
  await login(planner, b, "planning");
  await planner.goto(`${a}/review`);
  const item = planner.getByRole("article", { name: new RegExp(title) });
  await item.getByRole("button", { name: "승인", exact: true }).click();
  await planner.getByRole("article", { name: new RegExp(title) }).waitFor({ state: "detached", timeout: 20_000 });
  await officer.context().close();
  await planner.context().close();
}

/** A new PostgreSQL database on `server`, seeded with the 2023 record and the demo accounts. */
function seededPostgres(server, name) {
  server.psql(`create database ${name}`);
  execFileSync("npx", ["tsx", "scripts/seed.ts", "--demo-users"], {
    env: { ...process.env, DATABASE_URL: server.url(name) },
    stdio: "inherit",
  });
  return server.url(name);
}

let browser = null;
let dir = null;
let postgres = null;
try {
  if (!ensureDebianPackages(["redis-server", "nginx"])) throw new Error("redis-server or nginx could not be installed");
  if (!ensureChromium()) throw new Error(`${CHROMIUM} could not be installed`);
  dir = tempDir("scale");
  postgres = await startPostgres({ port: await freePort(), durable: true });
  const database = seededPostgres(postgres, "scale");
  if (process.argv.includes("--build") || !fs.existsSync(path.join(DIST, "BUILD_ID"))) {
    const file = path.join(dir, "db", "build.db");
    prepareDatabase(file);
    buildApp({ databaseUrl: file, distDir: DIST });
  } else console.log(`scale: reusing the ${DIST} build`);

  await check("two instances started together on a new database migrate it once and both answer", async () => {
    postgres.psql("create database fresh");
    const env = { DATABASE_URL: postgres.url("fresh"), AUTH_SECRET: "scale-test-fresh" };
    const [p1, p2] = [await freePort(), await freePort()];
    const pair = await Promise.all([
      startInstance({ name: "fresh-1", port: p1, dir, distDir: DIST, env }),
      startInstance({ name: "fresh-2", port: p2, dir, distDir: DIST, env }),
    ]);
    await Promise.all(pair.map((instance) => instance.stop()));
    const applied = Number(postgres.psql("select count(*) from drizzle.__drizzle_migrations", "fresh").trim());
    const journal = JSON.parse(fs.readFileSync(path.join("db", "migrations-pg", "meta", "_journal.json"), "utf8"));
    expect(applied === journal.entries.length, `${applied} migrations recorded, ${journal.entries.length} exist`);
  });

  const [redisPort, portA, portB, nginxPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const redis = await startRedis({ dir, port: redisPort });
  // What every instance of one deployment shares (README, "Several instances").
  const shared = {
    DATABASE_URL: database,
    REDIS_URL: redis.url,
    AUTH_SECRET: "scale-test-secret-shared-by-every-instance-0123456789",
    UPLOAD_DIR: path.join(dir, "uploads"),
    FRONT_CACHE: "1",
    TRUSTED_PROXY_HOPS: "1",
    TRUSTED_PROXY_ADDRESSES: "127.0.0.1",
  };
  const [a, b] = await Promise.all([
    startInstance({ name: "instance-a", port: portA, dir, distDir: DIST, env: shared }),
    startInstance({ name: "instance-b", port: portB, dir, distDir: DIST, env: shared }),
  ]);
  const nginx = await startNginx({ dir, port: nginxPort, appPorts: [portA, portB], distDir: DIST });
  console.log(`scale: redis ${redis.url}, instances ${a.url} ${b.url}, nginx ${nginx.url}, logs in ${dir}`);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: browserArgs });
  const before = await json(`${nginx.url}/api/v1/summary?year=2023`);

  await check("each instance and nginx answer the health check with a status and nothing else", async () => {
    for (const base of [a.url, b.url, nginx.url]) {
      const response = await fetch(`${base}/api/health`);
      expect(response.status === 200, `${base}/api/health: ${response.status}`);
      expect((await response.text()) === '{"status":"ok"}', `${base}/api/health says more than its status`);
      expect(response.headers.get("cache-control") === "no-store", `${base}/api/health may be cached`);
    }
  });

  await check("nginx serves the build's static files itself", async () => {
    const html = await text(`${nginx.url}/`);
    const chunk = html.match(/\/_next\/static\/[^"?]+\.js/)?.[0];
    expect(chunk, "no script under /_next/static in /");
    const response = await fetch(`${nginx.url}${chunk}`);
    expect(response.status === 200, `${chunk}: ${response.status}`);
    expect(response.headers.get("x-served-by") === "nginx-static", `${chunk} came from an instance`);
  });

  await check("nginx keeps a public response and revalidates it with the app on the next request", async () => {
    const url = `${nginx.url}/api/v1/summary?year=2023`;
    const first = await fetch(url);
    const second = await fetch(url);
    expect(
      second.headers.get("x-front-cache") === "REVALIDATED",
      `second read: ${second.headers.get("x-front-cache")}`,
    );
    expect((await first.text()) === (await second.text()), "the revalidated copy differs");
  });

  await check("the instances keep their renders in the shared Redis", async () => {
    const client = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
    try {
      await client.connect();
      const keys = await client.keys("seonggwa:*");
      expect(
        keys.some((k) => k.startsWith("seonggwa:use-cache:")),
        `no "use cache" entry in Redis: ${keys}`,
      );
      expect(
        keys.some((k) => k.startsWith("seonggwa:page:")),
        `no page entry in Redis: ${keys}`,
      );
    } finally {
      client.disconnect();
    }
  });

  const first = { title: `확장 배치 확인 ${Date.now()}`, millionWon: 12.5 };
  await check("logged in on one instance, an officer proposes and a planner approves on the other", () =>
    proposeAndApprove(browser, { a: a.url, b: b.url, ...first }),
  );

  const afterFirst = { count: before.awardCount + 1, millionWon: before.incentiveTotalMillionWon + first.millionWon };
  await check("the approval on instance A shows through nginx and on instance B on the next request", () =>
    showsEverywhere([nginx.url, b.url], { ...afterFirst, title: first.title }),
  );

  await redis.stop("SIGKILL");
  const second = { title: `레디스 중단 확인 ${Date.now()}`, millionWon: 7.5 };
  const afterSecond = { count: afterFirst.count + 1, millionWon: afterFirst.millionWon + second.millionWon };
  await check("with Redis stopped, an approval still shows on every instance and through nginx", async () => {
    await showsEverywhere([nginx.url, a.url, b.url], { ...afterFirst, title: first.title });
    await proposeAndApprove(browser, { a: b.url, b: a.url, ...second });
    await showsEverywhere([nginx.url, a.url, b.url], { ...afterSecond, title: second.title });
  });

  await check(
    "with PostgreSQL stopped a save says so and keeps the input; once it is back the save goes through",
    async () => {
      const title = `재시작 확인 ${Date.now()}`;
      const officer = await (await browser.newContext({ locale: "ko-KR" })).newPage();
      await login(officer, a.url, "welfare");
      await officer.goto(`${b.url}/workspace/awards/new`);
      await officer.getByLabel("연도").fill("2023");
      await officer.getByLabel("수상명").fill(title);
      await officer.getByLabel("주관기관").selectOption({ label: "보건복지부" });
      await officer.getByLabel("등급").fill("우수");
      await officer.getByLabel("인센티브(백만원)").fill("1");
      postgres.stopOnly();
      try {
        await officer.getByRole("button", { name: "저장" }).click();
        await officer
          .getByText("서버에 잠시 연결할 수 없습니다. 저장되지 않았을 수 있으니")
          .waitFor({ timeout: 20_000 });
        expect((await officer.getByLabel("수상명").inputValue()) === title, "the title typed was lost");
      } finally {
        postgres.startOnly();
      }
      await officer.getByRole("button", { name: "저장" }).click();
      await officer.waitForURL(/\/workspace\/submissions/, { timeout: 30_000 });
      await officer.getByText(title).first().waitFor();
      await officer.context().close();
      await showsEverywhere([nginx.url, a.url, b.url], { ...afterSecond, title: second.title });
    },
  );

  await a.stop("SIGKILL");
  await check("with instance A killed, nginx answers every public page with the right figures", async () => {
    for (let i = 0; i < 4; i++) await showsEverywhere([nginx.url], { ...afterSecond, title: second.title });
    for (const page of ["/achievements", "/downloads", "/api/v1/kpis", "/api/health"]) await text(nginx.url + page);
  });
} catch (error) {
  results.push({ name: "the topology starts", ok: false, error: String(error?.stack ?? error) });
  console.log(`  ✗ the topology could not be set up: ${error?.stack ?? error}`);
} finally {
  await browser?.close().catch(() => {});
  await stopAll();
  postgres?.stop({ keep: true });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
// The logs stay for a failed run.
if (failed === 0) {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  if (postgres) fs.rmSync(postgres.dir, { recursive: true, force: true });
} else {
  if (dir) console.log(`scale: logs kept in ${dir}`);
  if (postgres) console.log(`scale: PostgreSQL's files and log kept in ${postgres.dir}`);
}
fs.mkdirSync("test-results", { recursive: true });
fs.writeFileSync(path.join("test-results", "scale-results.json"), JSON.stringify({ passed, failed, results }, null, 2));
console.log(`scale: ${passed} passed, ${failed} failed in ${Math.round((Date.now() - startedAt) / 1000)} s`);
process.exit(failed ? 1 : 0);
