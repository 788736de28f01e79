// `npm run bench`: builds the production app against a throwaway database and measures it.
//
//   node scripts/bench/run.mjs [--quick] [--duration=10] [--warmup=3] [--phases=base,scale]
//                              [--no-lighthouse] [--no-freshness] [--lighthouse-runs=5] [--lighthouse-pinned]
//                              [--reuse-build] [--dist=.next-test (front phase only)]
//                              [--no-typecheck] [--report-only]
//
// Per phase (base: the seeded 2023 record; scale: 100,000 synthetic awards, generate-scale.ts):
//   1. a database in the system temp folder, migrated and seeded (demo accounts included);
//   2. `next build` into .next-bench (NEXT_DIST_DIR); tsconfig.json already lists its types, so the
//      build leaves it unchanged;
//   3. `next start` on 127.0.0.1 pinned to CPU 0 (taskset -c 0); every load generator and query
//      run is a child process pinned to CPU 1 (taskset -c 1). All traffic is loopback. Lighthouse
//      runs with no load beside it, so Chromium may use both cores (--lighthouse-pinned keeps it on
//      CPU 1, where its browser, GPU and page processes share one core and Lighthouse then
//      multiplies that contention by its 4x CPU slowdown);
//   4. autocannon at 10 and 50 connections (warm-up, then a timed run) on: a static file the same
//      size as `/`'s HTML served by the same server (the ceiling), `/`, `/awards`, a filtered and
//      sorted `/awards`, `/api/v1/summary`; and the framework's floors: `/privacy` (prerendered,
//      no data) beside a static copy of itself, and a bench-only handler that returns a constant
//      as large as the summary (app/bench/floor/route.bench.ts, built only with SEONGGWA_BENCH=1)
//      beside the same kind of constant from a handler Next prerenders (app/bench/prerendered-floor);
//   5. the gzip size of the JavaScript each public page's HTML references (a `nomodule` polyfill
//      apart: a browser that runs modules never fetches it), and whether chart code (recharts) is
//      among it; Lighthouse (mobile) performance scores of `/` and `/awards`, beside
//      the same pages with their scripts blocked and `/privacy` (the floor of a page with no data);
//      approval-to-public freshness
//      through the real UI; in the scale phase also the /awards query in-process (query-bench.ts).
// Phase front (--phases=front, issue 18): the seeded record on PostgreSQL behind the reference nginx
// front (deploy/nginx/seonggwa.conf) with two instances sharing Redis, as scripts/scale/ starts them;
// PostgreSQL, nginx and the instances on CPU 0, load on CPU 1: `/` and `/api/v1/summary` through
// nginx beside nginx serving static files of the same sizes itself. `--front-db=sqlite` puts the
// instances on one SQLite file instead.
// Prints one table and writes .bench/latest.{json,md} (git-ignored). Writes nothing else in the
// clone except .next-bench/ (git-ignored).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { CHROMIUM, ensureChromium } from "../lib/chromium.mjs";
import { ensureDebianPackages } from "../lib/debian.mjs";
import { startPostgres } from "../lib/postgres.mjs";
import { freePort as topologyPort, startInstance, startNginx, startRedis, stopAll } from "../scale/topology.mjs";
import { pageScripts } from "./page-scripts.mjs";

const ROOT = process.cwd();
if (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).name !== "seonggwa")
  throw new Error("run from the repository root");

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const value = (name, fallback) => {
  const a = argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : fallback;
};
const QUICK = flag("quick");
const DURATION = Number(value("duration", QUICK ? 2 : 10));
const WARMUP = Number(value("warmup", QUICK ? 1 : 3));
const CONNECTIONS = value("connections", "10,50").split(",").map(Number);
const PHASES = value("phases", "base,scale").split(",");
// Lighthouse and the freshness check drive Debian's Chromium, installed here when it is missing;
// without it they are skipped (and say so) rather than failing the whole run.
const WANTS_BROWSER = !flag("report-only") && (!flag("no-lighthouse") || !flag("no-freshness"));
const HAS_BROWSER = WANTS_BROWSER && ensureChromium();
if (WANTS_BROWSER && !HAS_BROWSER)
  console.error(`[bench] ${CHROMIUM} could not be installed: Lighthouse and the freshness check are skipped.`);
const LIGHTHOUSE = !flag("no-lighthouse") && HAS_BROWSER;
const LIGHTHOUSE_RUNS = Number(value("lighthouse-runs", QUICK ? 1 : 5));
const LIGHTHOUSE_PINNED = flag("lighthouse-pinned");
const FRESHNESS = !flag("no-freshness") && HAS_BROWSER;
const QUERY_RUNS = Number(value("query-runs", QUICK ? 50 : 200));
const REUSE_BUILD = flag("reuse-build");
const NO_TYPECHECK = flag("no-typecheck");

// --dist=<folder>: the front phase measures an existing build (e.g. .next-test) instead of building.
const DIST = value("dist", ".next-bench");
const FRONT_DB = value("front-db", "postgres");
const GIVEN_BUILD = DIST !== ".next-bench";
const TMP = process.env.SEONGGWA_BENCH_TMP || path.join(os.tmpdir(), "seonggwa-bench");
const OUT = path.join(ROOT, ".bench");
const BIN = path.join(ROOT, "node_modules", ".bin");
const NEXT = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const STATIC_PATH = "/_next/static/bench/static.html";
const FILTERED_AWARDS = "/awards?year=2023&kind=central&sort=incentive&dir=desc";
const PUBLIC_PAGES = ["/", "/awards", "/achievements", "/downloads"];
const STATIC_SUMMARY_PATH = "/_next/static/bench/static-summary.json";
const STATIC_PRIVACY_PATH = "/_next/static/bench/privacy.html";
/** Routes measured, in order; the floor routes show what the framework itself costs per request. */
const routes = (summaryBytes) => [
  { name: "static file", path: STATIC_PATH },
  // Not a ratio base: shows what a static file of the summary's (smaller) size costs.
  { name: "static, summary-sized", path: STATIC_SUMMARY_PATH },
  { name: "/", path: "/" },
  { name: "/awards", path: "/awards" },
  { name: "/awards filtered+sorted", path: FILTERED_AWARDS },
  { name: "/api/v1/summary", path: "/api/v1/summary" },
  // Framework floors: a prerendered page with no data beside a static copy of itself, and a
  // per-request handler that returns a constant as large as the summary (bench builds only).
  { name: "floor: static copy of /privacy", path: STATIC_PRIVACY_PATH, floor: true },
  { name: "floor: /privacy (prerendered)", path: "/privacy", floor: true },
  { name: "floor: constant handler", path: `/bench/floor?bytes=${summaryBytes}`, floor: true },
  // The same constant (8 KB) from a handler Next prerenders: what prerendering the summary could gain.
  { name: "floor: prerendered handler", path: "/bench/prerendered-floor", floor: true },
  // The filtered view's pages from far past the last (empty tables), each asked for once, so every
  // request renders: what views nobody has asked for yet cost. Last, because at 50 connections it
  // leaves a queue of renders behind that would slow the next route's run.
  { name: "/awards new view each req", path: FILTERED_AWARDS, distinctPages: true },
];

const log = (...a) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
const round = (n, d = 1) =>
  n === null || n === undefined || Number.isNaN(n) ? null : Math.round(n * 10 ** d) / 10 ** d;

/* ------------------------------------------------------------------------------------------ */

function run(command, args, env = {}) {
  log(`$ ${command} ${args.join(" ")}`);
  const started = Date.now();
  const r = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${r.status}`);
  return (Date.now() - started) / 1000;
}

/** A child, pinned to CPU 1 unless told otherwise, that prints one JSON line last; its stderr passes through. */
function childJson(args, env = {}, { pinned = true } = {}) {
  return new Promise((resolve, reject) => {
    const [command, ...rest] = pinned ? ["taskset", "-c", "1", ...args] : args;
    const child = spawn(command, rest, {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").pop();
      if (code !== 0) return reject(new Error(`${args.join(" ")} exited with ${code}\n${out}`));
      try {
        resolve(JSON.parse(last));
      } catch {
        reject(new Error(`no JSON from ${args.join(" ")}:\n${out}`));
      }
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** What else is using the CPU right now: top's second sample (one second), busiest first. */
function processSnapshot() {
  const r = spawnSync("top", ["-b", "-n", "2", "-d", "1", "-o", "%CPU", "-w", "200"], { encoding: "utf8" });
  const blocks = (r.stdout ?? "").split(/^top - /m);
  const last = blocks[blocks.length - 1].split("\n");
  const header = last.findIndex((l) => /^\s*PID\s/.test(l));
  if (header < 0) return [];
  return last
    .slice(header + 1)
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length >= 12 && Number(f[8]) >= 5)
    .map((f) => `${f[8]}% ${f.slice(11).join(" ")} (pid ${f[0]})`);
}

/* ------------------------------------------------------------------------------------------ */

let server = null;

function stopServer() {
  if (!server) return Promise.resolve();
  const child = server;
  server = null;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    }, 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      // The server is its own process group (detached); this ends it and nothing else.
      process.kill(-child.pid, "SIGTERM");
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

async function startServer(dbFile) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  log(`starting next start on ${base}, pinned to CPU 0`);
  server = spawn("taskset", ["-c", "0", process.execPath, NEXT, "start", "-H", "127.0.0.1", "-p", String(port)], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: dbFile,
      NEXT_DIST_DIR: DIST,
      SEONGGWA_BENCH: "1",
    },
  });
  const serverLog = fs.createWriteStream(path.join(TMP, "server.log"), { flags: "a" });
  server.stdout.pipe(serverLog);
  server.stderr.pipe(serverLog);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`${base}/api/v1/summary`);
      if (r.ok) return base;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer within 60 s (see ${path.join(TMP, "server.log")})`);
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await stopServer();
    await stopAll();
    process.exit(130);
  });
}

/* ------------------------------------------------------------------------------------------ */

async function prepareDatabase(phase) {
  const file = path.join(TMP, `${phase}.db`);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const env = { DATABASE_URL: file };
  run(path.join(BIN, "tsx"), ["scripts/seed.ts", "--demo-users"], env);
  if (phase === "scale") run(path.join(BIN, "tsx"), ["scripts/bench/generate-scale.ts"], env);
  return file;
}

function build(dbFile) {
  const env = { DATABASE_URL: dbFile, NEXT_DIST_DIR: DIST, SEONGGWA_BENCH: "1" };
  run(process.execPath, ["scripts/build-worker.mjs"]);
  // --no-typecheck: Next's two-step build (compile, then generate) skips the type check, for a tree
  // that does not type-check yet. The output is the same production build.
  const seconds = NO_TYPECHECK
    ? run(process.execPath, [NEXT, "build", "--experimental-build-mode=compile"], env) +
      run(process.execPath, [NEXT, "build", "--experimental-build-mode=generate"], env)
    : run(process.execPath, [NEXT, "build"], env);
  fs.writeFileSync(path.join(DIST, "BENCH_DATABASE"), dbFile);
  return seconds;
}

/**
 * The ceiling: `/`'s prerendered HTML, byte for byte, as a file the same server serves statically
 * (build output under /_next/static, git-ignored; Next lists these files when it starts).
 */
function writeStaticFile() {
  const copy = (page, file) => {
    const target = path.join(DIST, "static", "bench", file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(DIST, "server", "app", `${page}.html`), target);
    return fs.statSync(target).size;
  };
  copy("privacy", "privacy.html");
  return copy("index", "static.html");
}

/** A JSON file as large as the summary response, so the API can also be set beside its own ceiling. */
function writeSummarySizedFile(bytes) {
  const target = path.join(DIST, "static", "bench", "static-summary.json");
  const body = JSON.stringify({ padding: "x".repeat(Math.max(0, bytes - 16)) });
  fs.writeFileSync(target, body);
  return fs.statSync(target).size;
}

async function smoke(base, routeList) {
  const out = {};
  for (const route of routeList) {
    const r = await fetch(base + route.path);
    const body = Buffer.from(await r.arrayBuffer());
    if (!r.ok) throw new Error(`${route.path}: HTTP ${r.status}`);
    out[route.name] = {
      status: r.status,
      bytes: body.length,
      cacheControl: r.headers.get("cache-control"),
      nextCache: r.headers.get("x-nextjs-cache"),
      prerender: r.headers.get("x-nextjs-prerender"),
    };
  }
  return out;
}

/**
 * Waits until the server has drained what the previous run left queued (a slow route at 50
 * connections leaves seconds of work behind when autocannon stops): three small static requests
 * in a row answered within 20 ms.
 */
async function settle(base) {
  const deadline = Date.now() + 60_000;
  let quick = 0;
  while (quick < 3 && Date.now() < deadline) {
    const started = performance.now();
    await (await fetch(base + STATIC_SUMMARY_PATH)).arrayBuffer();
    quick = performance.now() - started < 20 ? quick + 1 : 0;
    if (quick === 0) await new Promise((r) => setTimeout(r, 200));
  }
}

async function loadMatrix(base, routeList) {
  const results = [];
  for (const route of routeList) {
    for (const connections of CONNECTIONS) {
      const url = base + route.path;
      await settle(base);
      if (WARMUP > 0)
        await childJson([
          process.execPath,
          "scripts/bench/load.mjs",
          JSON.stringify({ url, connections, duration: WARMUP, distinctPages: route.distinctPages }),
        ]);
      const loadavg = os.loadavg()[0];
      const r = await childJson([
        process.execPath,
        "scripts/bench/load.mjs",
        JSON.stringify({ url, connections, duration: DURATION, distinctPages: route.distinctPages }),
      ]);
      log(
        `${route.name.padEnd(24)} c=${String(connections).padEnd(3)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non2xx ${r.non2xx} errors ${r.errors}`,
      );
      results.push({ route: route.name, path: route.path, connections, loadavg1: round(loadavg, 2), ...r });
    }
  }
  // Ratios against the static file at the same connection count.
  for (const r of results) {
    const ceiling = results.find((s) => s.route === "static file" && s.connections === r.connections);
    r.rpsRatio = round(r.rps / ceiling.rps, 2);
    r.p99Ratio = round(r.latency.p99 / ceiling.latency.p99, 2);
  }
  return results;
}

/** Chunks of the build that hold chart code: recharts renders class names like "recharts-surface". */
function chartChunks() {
  const dir = path.join(DIST, "static", "chunks");
  const found = new Set();
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith(".js") && fs.readFileSync(p, "utf8").includes("recharts-"))
        found.add("/_next/" + path.relative(DIST, p).split(path.sep).join("/"));
    }
  };
  walk(dir);
  return found;
}

async function pageWeights(base) {
  const charts = chartChunks();
  const pages = [];
  for (const page of PUBLIC_PAGES) {
    const html = Buffer.from(await (await fetch(base + page)).arrayBuffer());
    const text = html.toString("utf8");
    const scripts = [];
    for (const { src, noModule } of pageScripts(text)) {
      const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
      const pathname = new URL(src, base).pathname;
      scripts.push({
        src: pathname,
        noModule,
        bytes: body.length,
        gzip: zlib.gzipSync(body).length,
        chart: charts.has(pathname) || body.includes("recharts-"),
      });
    }
    const loaded = scripts.filter((x) => !x.noModule);
    const legacy = scripts.filter((x) => x.noModule);
    pages.push({
      page,
      htmlBytes: html.length,
      htmlGzip: zlib.gzipSync(html).length,
      scripts: loaded.length,
      jsBytes: loaded.reduce((s, x) => s + x.bytes, 0),
      jsGzip: loaded.reduce((s, x) => s + x.gzip, 0),
      noModuleGzip: legacy.reduce((s, x) => s + x.gzip, 0),
      chartCodeInScripts: scripts.some((x) => x.chart),
      scriptList: scripts,
    });
  }
  return { chartChunks: [...charts], pages };
}

/**
 * The pages the targets name, then two controls that show what limits them: each page with its
 * scripts blocked (what the app's HTML, CSS and fonts cost alone) and `/privacy`, a prerendered
 * page with no data and no client code of its own (what the framework's runtime costs alone).
 */
const LIGHTHOUSE_TARGETS = ["/", "/awards"];
function lighthouseAudits(base) {
  return [
    ...LIGHTHOUSE_TARGETS.map((p) => ({ url: base + p, label: p })),
    ...LIGHTHOUSE_TARGETS.map((p) => ({
      url: base + p,
      label: `${p} (scripts blocked)`,
      blockedUrlPatterns: ["*.js"],
    })),
    { url: `${base}/privacy`, label: "floor: /privacy" },
  ];
}

/* ------------------------------------------------------------------------------------------ */

/**
 * Two instances sharing Redis behind nginx, which serves the static files itself: the ratio is
 * nginx answering `/` and the summary (a revalidation round trip to an instance each, see
 * deploy/nginx/seonggwa.conf) against nginx sending a file of the same size from disk.
 */
async function runFrontPhase() {
  const result = { phase: "front" };
  if (!ensureDebianPackages(["redis-server", "nginx"])) throw new Error("redis-server or nginx could not be installed");
  const dbFile = path.join(TMP, "base.db");
  const built =
    fs.existsSync(path.join(DIST, "BENCH_DATABASE")) &&
    fs.readFileSync(path.join(DIST, "BENCH_DATABASE"), "utf8") === dbFile;
  if (REUSE_BUILD && built && fs.existsSync(dbFile)) log(`front: reusing ${DIST} built against ${dbFile}`);
  else if (GIVEN_BUILD) {
    log(`front: measuring the build in ${DIST} on a fresh copy of the seeded record`);
    await prepareDatabase("base");
  } else {
    await prepareDatabase("base");
    result.buildSeconds = round(build(dbFile), 0);
  }
  result.database = dbFile;
  result.databaseBytes = fs.statSync(dbFile).size;
  result.staticFileBytes = writeStaticFile();
  const dir = fs.mkdtempSync(path.join(TMP, "front-"));
  fs.chmodSync(dir, 0o755);
  let postgres = null;
  try {
    let databaseUrl = dbFile;
    if (FRONT_DB === "postgres") {
      postgres = await startPostgres({ port: await topologyPort(), durable: true });
      spawnSync("taskset", ["-acp", "0", String(postgresPid(postgres))], { stdio: "ignore" });
      postgres.psql("create database bench");
      databaseUrl = postgres.url("bench");
      const seeded = spawnSync("npx", ["tsx", "scripts/seed.ts"], {
        env: { ...process.env, DATABASE_URL: databaseUrl },
        stdio: "inherit",
      });
      if (seeded.status !== 0) throw new Error("seeding PostgreSQL failed");
    }
    result.frontDatabase = FRONT_DB;
    log(`front: instances on ${FRONT_DB === "postgres" ? "PostgreSQL" : "one SQLite file"}`);
    const redis = await startRedis({ dir, port: await topologyPort() });
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      SEONGGWA_BENCH: "1",
      FRONT_CACHE: "1",
      TRUSTED_PROXY_HOPS: "1",
      TRUSTED_PROXY_ADDRESSES: "127.0.0.1",
    };
    const ports = [await topologyPort(), await topologyPort()];
    const start = (i) => startInstance({ name: `front-${i}`, port: ports[i], dir, distDir: DIST, env, cpu: 0 });
    const first = await Promise.all([start(0), start(1)]);
    const summaryBytes = Buffer.byteLength(await (await fetch(`${first[0].url}/api/v1/summary`)).text());
    result.staticSummaryBytes = writeSummarySizedFile(summaryBytes);
    const nginx = await startNginx({ dir, port: await topologyPort(), appPorts: ports, distDir: DIST, cpu: 0 });
    const routeList = [
      { name: "static file", path: STATIC_PATH },
      { name: "static, summary-sized", path: STATIC_SUMMARY_PATH },
      { name: "/", path: "/" },
      { name: "/api/v1/summary", path: "/api/v1/summary" },
    ];
    result.smoke = await smoke(nginx.url, routeList);
    for (const route of ["/", "/api/v1/summary"]) {
      const cached = (await fetch(nginx.url + route)).headers.get("x-front-cache");
      log(`front: ${route} through nginx: ${cached}`);
    }
    result.processesBefore = processSnapshot();
    result.load = await loadMatrix(nginx.url, routeList);
    result.processesAfter = processSnapshot();
    // Failover: `/` under load while one instance is killed a third of the way in.
    const duration = Math.max(DURATION, 3);
    log(`front: / through nginx for ${duration} s, instance 1 of 2 killed after ${round(duration / 3)} s`);
    const during = childJson([
      process.execPath,
      "scripts/bench/load.mjs",
      JSON.stringify({ url: `${nginx.url}/`, connections: 10, duration }),
    ]);
    await new Promise((r) => setTimeout(r, (duration * 1000) / 3));
    await first[0].stop("SIGKILL");
    const killed = await during;
    result.killOne = { rps: killed.rps, requests: killed.requests, non2xx: killed.non2xx, errors: killed.errors };
    log(
      `front: ${killed.requests} requests, ${killed.non2xx} non-2xx, ${killed.errors} errors with an instance killed`,
    );
  } finally {
    await stopAll();
    postgres?.stop();
  }
  return result;
}

/** The postmaster's pid, to pin the server (and the backends it forks) to the app's CPU. */
function postgresPid(server) {
  return Number(fs.readFileSync(path.join(server.dir, "data", "postmaster.pid"), "utf8").split("\n")[0]);
}

async function runPhase(phase) {
  if (phase === "front") return runFrontPhase();
  const result = { phase };
  const dbFile = path.join(TMP, `${phase}.db`);
  const built =
    fs.existsSync(path.join(DIST, "BENCH_DATABASE")) &&
    fs.readFileSync(path.join(DIST, "BENCH_DATABASE"), "utf8") === dbFile;
  if (REUSE_BUILD && built && fs.existsSync(dbFile)) {
    log(`${phase}: reusing ${DIST} built against ${dbFile}`);
  } else {
    await prepareDatabase(phase);
    result.buildSeconds = round(build(dbFile), 0);
  }
  result.database = dbFile;
  result.databaseBytes = fs.statSync(dbFile).size;
  result.staticFileBytes = writeStaticFile();

  try {
    let base = await startServer(dbFile);
    // The summary's size is known only from the running server; the file must exist at start.
    const summaryBytes = Buffer.byteLength(await (await fetch(`${base}/api/v1/summary`)).text());
    result.staticSummaryBytes = writeSummarySizedFile(summaryBytes);
    await stopServer();
    base = await startServer(dbFile);
    const routeList = routes(summaryBytes);
    result.smoke = await smoke(base, routeList);
    log(`/ serves ${result.smoke["/"].bytes} bytes; the static file is ${result.staticFileBytes} bytes`);
    result.processesBefore = processSnapshot();
    result.load = await loadMatrix(base, routeList);
    result.processesAfter = processSnapshot();
    result.pageWeight = await pageWeights(base);
    for (const p of result.pageWeight.pages)
      log(
        `${p.page.padEnd(14)} ${p.scripts} scripts, ${(p.jsGzip / 1024).toFixed(1)} KB gzip JS${p.chartCodeInScripts ? " (chart code)" : ""}`,
      );
    // The page's load in a browser hardly depends on the data's size: audited on the seeded record only.
    if (LIGHTHOUSE && phase === "base") {
      log(`lighthouse (mobile), ${LIGHTHOUSE_PINNED ? "pinned to CPU 1" : "Chromium on both cores"}`);
      const saveDir = path.join(OUT, "lighthouse", phase);
      fs.rmSync(saveDir, { recursive: true, force: true });
      const audits = lighthouseAudits(base);
      result.lighthousePinned = LIGHTHOUSE_PINNED;
      result.lighthouse = await childJson(
        [
          process.execPath,
          "scripts/bench/lighthouse.mjs",
          JSON.stringify({ urls: audits, runs: LIGHTHOUSE_RUNS, saveDir }),
        ],
        {},
        { pinned: LIGHTHOUSE_PINNED },
      );
      for (const l of result.lighthouse)
        log(
          `${l.label} performance ${l.score} (runs ${l.scores.join(", ")}${l.failures.length ? `; failed: ${l.failures.join(", ")}` : ""})`,
        );
    }
    if (FRESHNESS) {
      log("freshness: officer submits, planner approves, summary polled");
      result.freshness = await childJson([
        process.execPath,
        "scripts/bench/freshness.mjs",
        JSON.stringify({ baseURL: base }),
      ]);
      log(`freshness: ${JSON.stringify(result.freshness)}`);
    }
  } finally {
    await stopServer();
  }

  if (phase === "scale") {
    log(`/awards query in-process, ${QUERY_RUNS} different filters, pinned to CPU 1`);
    result.query = await childJson(
      [path.join(BIN, "tsx"), "--conditions=react-server", "scripts/bench/query-bench.ts", `--runs=${QUERY_RUNS}`],
      { DATABASE_URL: dbFile },
    );
    log(
      `query: page p50 ${result.query.page.p50.toFixed(1)} ms, p95 ${result.query.page.p95.toFixed(1)} ms; rows p95 ${result.query.rows.p95.toFixed(1)} ms`,
    );
  }
  return result;
}

/* ------------------------------------------------------------------------------------------ */

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  return [line(rows[0]), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.slice(1).map(line)].join("\n");
}

function targets(all) {
  const base = all.phases.find((p) => p.phase === "base");
  const scale = all.phases.find((p) => p.phase === "scale");
  const front = all.phases.find((p) => p.phase === "front");
  const rows = [["target", "measured", "met"]];
  const add = (label, measured, met) => rows.push([label, measured, met === null ? "n/a" : met ? "yes" : "NO"]);
  for (const phase of [base, scale, front].filter(Boolean)) {
    const tag = { base: "", scale: " (100k)", front: " (nginx front, 2 instances)" }[phase.phase];
    for (const route of ["/", "/api/v1/summary"]) {
      const runs = phase.load.filter((r) => r.route === route);
      add(
        `${route} req/s ≥ 0.8× static${tag}`,
        runs.map((r) => `${r.rpsRatio}× @${r.connections}`).join(", "),
        runs.every((r) => r.rpsRatio >= 0.8),
      );
      if (route === "/api/v1/summary") {
        const own = phase.load.filter((r) => r.route === "static, summary-sized");
        add(
          `(info) summary req/s vs a static file of its own size${tag}`,
          runs
            .map((r) => `${round(r.rps / own.find((o) => o.connections === r.connections).rps, 2)}× @${r.connections}`)
            .join(", "),
          null,
        );
      }
      const at10 = runs.find((r) => r.connections === 10);
      if (at10)
        add(`${route} p99 @10 ≤ 2× static${tag}`, `${at10.p99Ratio}× (${at10.latency.p99} ms)`, at10.p99Ratio <= 2);
    }
    // Issue 17: the press-release link and filtered links under a burst.
    const failed = (r) => r.non2xx + r.errors;
    const unfiltered = phase.load.filter((r) => r.route === "/awards" && r.connections === 50);
    for (const r of unfiltered)
      add(
        `/awards @50: none failed, p99 < 2 s${tag}`,
        `${failed(r)} failed, p99 ${r.latency.p99} ms`,
        failed(r) === 0 && r.latency.p99 < 2000,
      );
    const filtered = phase.load.filter((r) => r.route === "/awards filtered+sorted");
    if (filtered.length)
      add(
        `/awards filtered: none failed${tag}`,
        filtered
          .map((r) => `${failed(r)} failed, ${Math.round(r.rps)} req/s, p99 ${r.latency.p99} ms @${r.connections}`)
          .join("; "),
        filtered.every((r) => failed(r) === 0),
      );
    const fresh = phase.load.filter((r) => r.route === "/awards new view each req");
    if (fresh.length)
      add(
        `(info) /awards, a view nobody asked for yet${tag}`,
        fresh
          .map((r) => `${failed(r)} failed, ${round(r.rps)} req/s, p99 ${r.latency.p99} ms @${r.connections}`)
          .join("; "),
        null,
      );
    const rps = (route, connections) => phase.load.find((r) => r.route === route && r.connections === connections)?.rps;
    const ratios = (a, b) => CONNECTIONS.map((c) => `${round(rps(a, c) / rps(b, c), 2)}× @${c}`).join(", ");
    if (rps("floor: /privacy (prerendered)", CONNECTIONS[0])) {
      add(
        `(info) floor: prerendered page with no data vs its static copy${tag}`,
        ratios("floor: /privacy (prerendered)", "floor: static copy of /privacy"),
        null,
      );
      add(
        `(info) floor: constant per-request handler vs summary-sized static${tag}`,
        ratios("floor: constant handler", "static, summary-sized"),
        null,
      );
      add(
        `(info) /api/v1/summary vs the constant handler${tag}`,
        ratios("/api/v1/summary", "floor: constant handler"),
        null,
      );
      add(
        `(info) floor: prerendered handler (8 KB) vs the constant per-request handler${tag}`,
        ratios("floor: prerendered handler", "floor: constant handler"),
        null,
      );
    }
    if (phase.killOne)
      add(
        `/ answers while one of two instances is killed${tag}`,
        `${phase.killOne.non2xx + phase.killOne.errors} failed of ${phase.killOne.requests}`,
        phase.killOne.non2xx + phase.killOne.errors === 0,
      );
    if (phase.freshness)
      add(
        `next request after approval shows it${tag}`,
        `${phase.freshness.staleAfterResponse} stale of ${phase.freshness.pollsSentAfterResponse}`,
        phase.freshness.nextRequestFresh && phase.freshness.staleAfterResponse === 0,
      );
  }
  if (scale?.query)
    add(
      "/awards filtered+sorted p95 < 100 ms at 100k",
      `${round(scale.query.page.p95)} ms (page), ${round(scale.query.rows.p95)} ms (rows)`,
      scale.query.page.p95 < 100,
    );
  if (base) {
    const home = base.pageWeight.pages.find((p) => p.page === "/");
    add("/ JS ≤ 200 KB gzip", `${(home.jsGzip / 1024).toFixed(1)} KB`, home.jsGzip <= 200 * 1024);
    const awards = base.pageWeight.pages.find((p) => p.page === "/awards");
    add(
      "no chart code on /awards' critical path",
      awards.chartCodeInScripts ? "chart chunk referenced" : `none of ${awards.scripts} scripts`,
      !awards.chartCodeInScripts,
    );
    for (const l of base.lighthouse ?? []) {
      const label = l.label ?? new URL(l.url).pathname;
      const target = LIGHTHOUSE_TARGETS.includes(label);
      add(
        `${target ? "" : "(info) "}Lighthouse ${label}${target ? " ≥ 95" : ""}`,
        `${l.score} (median of ${l.scores.join("/")})`,
        target ? l.score !== null && l.score >= 95 : null,
      );
    }
  }
  return table(rows);
}

function report(all) {
  const parts = [];
  const m = all.machine;
  parts.push(
    `Machine: ${m.cpus}× ${m.cpuModel}, ${m.memoryGb} GB, ${m.platform}, Node ${m.node}, ${m.date}${m.commit ? `, commit ${m.commit}` : ""}. Load average at start ${m.loadavg.join(" / ")}.`,
  );
  parts.push(
    `Runs: ${all.settings.duration} s each after a ${all.settings.warmup} s warm-up; server on CPU 0, load on CPU 1; no Accept-Encoding (raw bytes).`,
  );
  parts.push(`Other processes using ≥5% CPU at start: ${m.processes.join("; ") || "none"}.`);
  parts.push(targets(all));
  for (const phase of all.phases) {
    parts.push(
      `\n### ${
        {
          base: "Seeded record (61 awards)",
          scale: "Scale (100,000 awards, 20 years, 300 departments)",
          front: `Front: nginx (deploy/nginx/seonggwa.conf) before two instances sharing Redis, seeded record on ${
            phase.frontDatabase === "sqlite" ? "one SQLite file" : "PostgreSQL"
          }`,
        }[phase.phase]
      }`,
    );
    parts.push(
      `${phase.buildSeconds ? `Build ${phase.buildSeconds} s; ` : ""}database ${(phase.databaseBytes / 1e6).toFixed(1)} MB; static file ${phase.staticFileBytes} B (\`/\` serves ${phase.smoke["/"].bytes} B); ` +
        `summary-sized static file ${phase.staticSummaryBytes} B. Load average (1 min) during the runs ${Math.min(...phase.load.map((r) => r.loadavg1))}–${Math.max(...phase.load.map((r) => r.loadavg1))}.`,
    );
    parts.push(
      `Other processes using ≥5% CPU before / after the load runs: ${phase.processesBefore.join("; ") || "none"} / ${phase.processesAfter.join("; ") || "none"}.`,
    );
    const rows = [["route", "conn", "req/s", "× static", "p50 ms", "p99 ms", "p99 × static", "non-2xx"]];
    for (const r of phase.load)
      rows.push([
        r.route,
        r.connections,
        Math.round(r.rps),
        r.rpsRatio,
        r.latency.p50,
        r.latency.p99,
        r.p99Ratio,
        r.non2xx + r.errors,
      ]);
    parts.push(table(rows));
    const w = [
      [
        "page",
        "scripts",
        "JS gzip KB",
        "chart code",
        "HTML gzip KB",
        "nomodule polyfills gzip KB (not loaded by current browsers)",
      ],
    ];
    for (const p of phase.pageWeight?.pages ?? [])
      w.push([
        p.page,
        p.scripts,
        (p.jsGzip / 1024).toFixed(1),
        p.chartCodeInScripts ? "yes" : "no",
        (p.htmlGzip / 1024).toFixed(1),
        p.noModuleGzip === undefined ? "—" : (p.noModuleGzip / 1024).toFixed(1),
      ]);
    if (phase.pageWeight) parts.push(table(w));
    if (phase.lighthouse) {
      parts.push(
        `Lighthouse ${all.settings.lighthouseRuns > 1 ? `medians of ${all.settings.lighthouseRuns} runs` : "single runs"}; Chromium ${phase.lighthousePinned ? "pinned to CPU 1" : "on both cores, the server idle but for the audited page"}.`,
      );
      const l = [
        ["Lighthouse (mobile)", "score", "runs", "FCP ms", "LCP ms", "TBT ms", "CLS", "SI ms", "benchmark index"],
      ];
      for (const x of phase.lighthouse)
        l.push([
          x.label ?? new URL(x.url).pathname,
          x.score,
          x.scores.join("/") + (x.failures.length ? ` (+${x.failures.length} failed: ${x.failures.join(", ")})` : ""),
          round(x.metrics.fcp, 0),
          round(x.metrics.lcp, 0),
          round(x.metrics.tbt, 0),
          round(x.metrics.cls, 3),
          round(x.metrics.si, 0),
          (x.benchmarkIndexes ?? []).map((b) => Math.round(b)).join("/"),
        ]);
      parts.push(table(l));
    }
    if (phase.freshness) {
      const f = phase.freshness;
      parts.push(
        `Freshness: approve action ${round(f.approveActionMs, 0)} ms; first summary with the approved award ${
          f.firstFreshAfterResponseMs === null
            ? "never seen"
            : f.firstFreshAfterResponseMs >= 0
              ? `${round(f.firstFreshAfterResponseMs, 0)} ms after the approve response`
              : `already received ${round(-f.firstFreshAfterResponseMs, 0)} ms before the approve response reached the browser`
        }; ` +
          `next request after approval fresh: ${f.nextRequestFresh ? "yes" : "NO"} (${f.pollsSentAfterResponse} requests after it, ${f.staleAfterResponse} stale); ` +
          `dashboard \`/\` fresh on the next request: ${f.dashboardFreshOnNextRequest ? "yes" : "no"}.`,
      );
    }
    if (phase.query) {
      const q = phase.query;
      parts.push(
        `/awards query at ${q.awards} awards, ${q.runs} different filters (in-process, no cache): whole page (count + rows + departments) p50 ${round(q.page.p50)} ms, p95 ${round(q.page.p95)} ms, p99 ${round(q.page.p99)} ms; row query alone p50 ${round(q.rows.p50)} ms, p95 ${round(q.rows.p95)} ms.`,
      );
    }
  }
  return parts.join("\n\n");
}

/* ------------------------------------------------------------------------------------------ */

// --report-only: print and rewrite latest.md from latest.json without measuring anything.
if (flag("report-only")) {
  const saved = JSON.parse(fs.readFileSync(path.join(OUT, "latest.json"), "utf8"));
  const text = report(saved);
  fs.writeFileSync(path.join(OUT, "latest.md"), text + "\n");
  console.log(text);
  process.exit(0);
}

fs.mkdirSync(TMP, { recursive: true });
fs.mkdirSync(OUT, { recursive: true });
fs.rmSync(path.join(TMP, "server.log"), { force: true });
const all = {
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()}`,
    node: process.version,
    date: new Date().toISOString(),
    loadavg: os.loadavg().map((n) => round(n, 2)),
    processes: processSnapshot(),
    commit: `${spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim()}${spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).stdout.trim() ? " + uncommitted changes" : ""}`,
  },
  settings: {
    duration: DURATION,
    warmup: WARMUP,
    connections: CONNECTIONS,
    lighthouseRuns: LIGHTHOUSE_RUNS,
    queryRuns: QUERY_RUNS,
  },
  phases: [],
};
try {
  for (const phase of PHASES) all.phases.push(await runPhase(phase));
} finally {
  await stopServer();
}
const text = report(all);
fs.writeFileSync(path.join(OUT, "latest.json"), JSON.stringify(all, null, 2));
fs.writeFileSync(path.join(OUT, "latest.md"), text + "\n");
fs.writeFileSync(path.join(OUT, `bench-${all.machine.date.replace(/[:.]/g, "-")}.json`), JSON.stringify(all, null, 2));
console.log("\n" + text + "\n");
log(`written to ${path.relative(ROOT, OUT)}/latest.md and latest.json`);
