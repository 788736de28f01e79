import { expect, test } from "@playwright/test";

// Debian's Chromium has no CJK font: without the app's own, Korean would render as empty boxes.
test("Pretendard GOV is served from the app's own origin and applied to Korean text", async ({ page, baseURL }) => {
  const fontRequests: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "font") fontRequests.push(r.url());
  });
  await page.goto("/");
  await page.evaluate(() => document.fonts.ready);

  const family = await page.locator("h1").evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toContain("Pretendard GOV");
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.family.replaceAll('"', "").startsWith("Pretendard GOV") && f.status === "loaded").length,
  );
  expect(loaded).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.fonts.check('16px "Pretendard GOV Variable"', "진천군"))).toBe(true);

  expect(fontRequests.length).toBeGreaterThan(0);
  const origin = new URL(baseURL!).origin;
  for (const url of fontRequests) expect(new URL(url).origin).toBe(origin);
  // Dynamic subsets: the page fetches only the glyph ranges it uses, not all 120.
  expect(fontRequests.length).toBeLessThan(60);
});
