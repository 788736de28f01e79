// Lighthouse performance (mobile, the default config: Moto G Power viewport, simulated slow 4G and
// 4x CPU slowdown) in Debian's headless Chromium, as a child process of run.mjs. Each audit runs
// `runs` times; the median score is reported with its metrics. An audit is a URL, or
// { url, label, blockedUrlPatterns } for a control run (e.g. scripts blocked).
//   node scripts/bench/lighthouse.mjs '{"urls":["http://127.0.0.1:3300/"],"runs":3}'
import * as chromeLauncher from "chrome-launcher";
import fs from "node:fs";
import path from "node:path";
import lighthouse from "lighthouse";

const {
  urls,
  runs = 1,
  chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  saveDir = null,
} = JSON.parse(process.argv[2]);
const audits = urls.map((u) => (typeof u === "string" ? { url: u } : u));
for (const { url } of audits)
  if (new URL(url).hostname !== "127.0.0.1") throw new Error(`lighthouse only audits loopback, not ${url}`);

const METRICS = {
  fcp: "first-contentful-paint",
  lcp: "largest-contentful-paint",
  tbt: "total-blocking-time",
  cls: "cumulative-layout-shift",
  si: "speed-index",
};

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
const results = [];
try {
  for (const { url, label = new URL(url).pathname, blockedUrlPatterns = [] } of audits) {
    const runsDone = [];
    const failures = [];
    // A run that yields no score (NO_FCP and the like, seen with headless Chromium on a busy
    // machine) is recorded and replaced, up to two extra attempts.
    for (let i = 0; runsDone.length < runs && i < runs + 2; i++) {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
        blockedUrlPatterns,
      });
      if (saveDir) {
        fs.mkdirSync(saveDir, { recursive: true });
        const name = (label.replace(/\W+/g, "_") || "_") + `-${i + 1}.json`;
        fs.writeFileSync(path.join(saveDir, name), JSON.stringify(lhr));
      }
      if (lhr.categories.performance.score === null) {
        failures.push(
          lhr.runtimeError?.code ??
            lhr.audits["first-contentful-paint"]?.errorMessage?.match(/\((\w+)\)/)?.[1] ??
            "no score",
        );
        continue;
      }
      const metrics = Object.fromEntries(
        Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? null]),
      );
      runsDone.push({
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        metrics,
        benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
        warnings: lhr.runWarnings ?? [],
        formFactor: lhr.configSettings.formFactor,
        throttling: lhr.configSettings.throttlingMethod,
      });
    }
    runsDone.sort((a, b) => a.score - b.score);
    const median = runsDone[Math.floor(runsDone.length / 2)] ?? { score: null, metrics: {} };
    results.push({
      url,
      label,
      blockedUrlPatterns,
      ...median,
      scores: runsDone.map((a) => a.score),
      benchmarkIndexes: runsDone.map((a) => a.benchmarkIndex),
      failures,
    });
  }
} finally {
  await chrome.kill();
}
console.log(JSON.stringify(results));
