// Freshness: how long after a planner approves an award the public sees it. Drives the real UI in
// Debian's Chromium (playwright-core) against a running server, so the write goes through the
// server action and its cache invalidation, exactly as in use:
//   1. `welfare` (officer) proposes a 2023 award at /workspace/awards/new;
//   2. `planning` (planner) opens /review and presses 승인 on that item;
//   3. meanwhile a tight loop polls GET /api/v1/summary (one request at a time, keep-alive).
// Reports the ms from the approve response to the first summary with the new count, and whether
// every summary request sent after the approve response already showed it.
//   node scripts/bench/freshness.mjs '{"baseURL":"http://127.0.0.1:3300"}'
import { chromium } from "playwright-core";

const {
  baseURL,
  chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  password = "seonggwa-demo-2023",
} = JSON.parse(process.argv[2]);
if (new URL(baseURL).hostname !== "127.0.0.1") throw new Error(`freshness only runs against loopback, not ${baseURL}`);
const YEAR = 2023;
const SUMMARY = `${baseURL}/api/v1/summary?year=${YEAR}`;
const now = () => performance.now();
const countText = (n) => `>${new Intl.NumberFormat("ko-KR").format(n)}건<`;

async function summary() {
  const response = await fetch(SUMMARY, { cache: "no-store", signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`summary ${response.status}`);
  return response.json();
}

async function login(page, username) {
  await page.goto(`${baseURL}/login`);
  await page.getByLabel("아이디", { exact: true }).fill(username);
  await page.getByLabel("비밀번호", { exact: true }).fill(password);
  await page.getByRole("button", { name: "로그인", exact: true }).click();
  await page.waitForURL(/\/workspace/);
}

const browser = await chromium.launch({
  executablePath: chromePath,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const result = {};
try {
  const title = `벤치마크 신선도 확인 ${Date.now()}`;
  const before = await summary();
  const dashboardBefore = await (await fetch(`${baseURL}/`)).text();
  result.awardCountBefore = before.awardCount;

  const officer = await (await browser.newContext({ locale: "ko-KR", timezoneId: "Asia/Seoul" })).newPage();
  await login(officer, "welfare");
  await officer.goto(`${baseURL}/workspace/awards/new`);
  await officer.getByLabel("연도").fill(String(YEAR));
  await officer.getByLabel("수상명").fill(title);
  await officer.getByLabel("주관기관").selectOption({ label: "보건복지부" });
  await officer.getByLabel("등급").fill("우수");
  await officer.getByLabel("인센티브(백만원)").fill("12.5");
  await officer.getByRole("button", { name: "저장" }).click();
  await officer.waitForURL(/\/workspace\/submissions/);
  const afterSubmit = await summary();
  result.unchangedBeforeApproval = afterSubmit.awardCount === before.awardCount;

  const planner = await (await browser.newContext({ locale: "ko-KR", timezoneId: "Asia/Seoul" })).newPage();
  await login(planner, "planning");
  await planner.goto(`${baseURL}/review`);
  const item = planner.getByRole("article", { name: new RegExp(title) });
  await item.waitFor();

  // The poller: one request at a time, back to back, each stamped with when it was sent and answered.
  const polls = [];
  let respondedAt = Infinity;
  let stop = false;
  const poller = (async () => {
    while (!stop) {
      const sent = now();
      try {
        const s = await summary();
        polls.push({ sent, received: now(), count: s.awardCount });
      } catch (error) {
        polls.push({ sent, received: now(), count: null, error: String(error) });
      }
      const after = polls.filter((p) => p.sent > respondedAt).length;
      if (after >= 50 || now() - sent > 10_000) stop = true;
    }
  })();

  let clickedAt;
  try {
    const approveResponse = planner.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/review",
    );
    clickedAt = now();
    await item.getByRole("button", { name: "승인", exact: true }).click();
    const response = await approveResponse;
    // The server action's response starts only after the action returned, and the action expires
    // the cache tags before it returns: the headers arriving is the moment the approval is done.
    respondedAt = now();
    result.approveStatus = response.status();
    const bodyDone = await Promise.race([
      response.finished().then(() => true),
      new Promise((r) => setTimeout(() => r(false), 5_000)),
    ]);
    result.approveBodyMs = bodyDone ? now() - clickedAt : null;
    // The approved item leaves the queue (the page's confirmation notice is not waited for: it is
    // the review UI's concern, and the measurement is about the public side).
    result.leftQueue = await planner
      .getByRole("article", { name: new RegExp(title) })
      .waitFor({ state: "detached", timeout: 15_000 })
      .then(
        () => true,
        () => false,
      );
    const deadline = now() + 15_000;
    while (!stop && now() < deadline) await new Promise((r) => setTimeout(r, 20));
  } finally {
    stop = true;
    await poller;
  }

  const target = before.awardCount + 1;
  const firstFresh = polls.find((p) => p.count === target);
  const sentAfter = polls.filter((p) => p.sent > respondedAt);
  const dashboardAfter = await (await fetch(`${baseURL}/`)).text();
  Object.assign(result, {
    approveActionMs: respondedAt - clickedAt,
    polls: polls.length,
    pollErrors: polls.filter((p) => p.error).length,
    pollsSentAfterResponse: sentAfter.length,
    staleAfterResponse: sentAfter.filter((p) => p.count !== target).length,
    nextRequestFresh: sentAfter.length > 0 && sentAfter[0].count === target,
    // Negative: a poll already answered fresh before the approve response reached the browser
    // (the cache is expired inside the action, before it responds).
    firstFreshAfterResponseMs: firstFresh ? firstFresh.received - respondedAt : null,
    lastStaleSentBeforeResponseMs: (() => {
      const stale = polls.filter((p) => p.count !== target).pop();
      return stale ? respondedAt - stale.sent : null;
    })(),
    firstPollAfterResponseLatencyMs: sentAfter[0] ? sentAfter[0].received - sentAfter[0].sent : null,
    dashboardShowedBefore: dashboardBefore.includes(countText(before.awardCount)),
    dashboardFreshOnNextRequest: dashboardAfter.includes(countText(target)),
    awardCountAfter: (await summary()).awardCount,
  });
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
