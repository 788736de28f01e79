// `npm run screenshots`: builds the app against a fresh demo database and saves screenshots of the
// public dashboard, the awards table and the staff workspace to docs/screenshots/ (shown in the README).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { buildApp, prepareDatabase, startServer } from "./lib/production-app.mjs";

const OUT = path.resolve("docs", "screenshots");
const database = path.join(os.tmpdir(), "seonggwa-screenshots", "screens.db");
const distDir = ".next-screens";

prepareDatabase(database);
buildApp({ databaseUrl: database, distDir });
const server = await startServer({ databaseUrl: database, distDir, port: 3230 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  fs.mkdirSync(OUT, { recursive: true });
  // `ready` is what must be on screen first: streamed sections arrive after the page's load event.
  const shoot = async (page, route, file, ready = "main h1") => {
    await page.goto(server.url + route);
    // Charts mount as they near the screen: scroll through once so every one is drawn.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600)
        window.scrollTo(0, y), await new Promise((r) => setTimeout(r, 50));
      window.scrollTo(0, 0);
    });
    await page.locator(ready).first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(OUT, file), fullPage: true });
    console.log(`saved docs/screenshots/${file}`);
  };
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "ko-KR" });
  // Charts load after hydration, off the critical path.
  await shoot(desktop, "/", "dashboard.png", "svg.recharts-surface");
  await shoot(desktop, "/awards?sort=incentive", "awards.png", "main table tbody tr");
  const phone = await browser.newPage({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    locale: "ko-KR",
  });
  await shoot(phone, "/", "dashboard-mobile.png", "svg.recharts-surface");

  await desktop.goto(`${server.url}/login`);
  await desktop.getByLabel("아이디", { exact: true }).fill("planning");
  await desktop.getByLabel("비밀번호", { exact: true }).fill("seonggwa-demo-2023");
  await desktop.getByRole("button", { name: "로그인" }).click();
  await desktop.waitForURL(/\/workspace/);
  await shoot(desktop, "/workspace/awards", "workspace.png", "main table tbody tr");
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(distDir, { recursive: true, force: true });
}
