import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { FONT_DIR, FONT_MODULE, declaredSiteRange, everydayHangulCodePoints } from "../../scripts/lib/site-font";

// Debian's Chromium has no CJK font: without the app's own, Korean would render as empty boxes.

function fontRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "font") urls.push(r.url());
  });
  return urls;
}

/** The first family of an element's font stack, and whether that face is loaded for the given text. */
async function firstFamily(page: Page, selector: string, text: string) {
  return page
    .locator(selector)
    .first()
    .evaluate(async (el, sample) => {
      const family = getComputedStyle(el).fontFamily.split(",")[0].trim().replaceAll('"', "");
      await document.fonts.ready;
      const faces = [...document.fonts].filter((f) => f.family.replaceAll('"', "") === family);
      return {
        family,
        loaded: faces.some((f) => f.status === "loaded"),
        check: document.fonts.check(`16px "${family}"`, sample),
      };
    }, text);
}

test("Korean text is drawn with the app's own font, one file served from its own origin", async ({ page, baseURL }) => {
  const requests = fontRequests(page);
  await page.goto("/");
  const heading = await firstFamily(page, "h1", "진천군 주요 군정 성과");
  expect(heading.loaded).toBe(true);
  expect(heading.check).toBe(true);

  // Every glyph of the app's own text is in one preloaded file: the whole dashboard needs no other.
  expect(requests).toHaveLength(1);
  expect(new URL(requests[0]).origin).toBe(new URL(baseURL!).origin);
  await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(1);
});

test("a syllable the site font lacks, as in a newly entered award, comes from the app's Hangul file", async ({
  page,
  baseURL,
}) => {
  const site = declaredSiteRange(fs.readFileSync(path.join(FONT_DIR, FONT_MODULE), "utf8"));
  const rare = String.fromCodePoint(
    ...[...everydayHangulCodePoints()].filter((c) => c >= 0xac00 && !site.has(c)).slice(0, 3),
  );

  const requests = fontRequests(page);
  await page.goto("/");
  await page.evaluate(() => document.fonts.ready);
  expect(requests).toHaveLength(1);

  await page.locator("h1").evaluate((el, text) => {
    el.insertAdjacentHTML("afterend", `<p id="rare-syllables">${text}</p>`);
  }, rare);
  await expect.poll(() => requests.length).toBe(2);
  const loaded = await page.evaluate(async (text) => {
    await document.fonts.ready;
    return [...document.fonts].some(
      (f) =>
        f.status === "loaded" &&
        // The everyday-syllable file declares exactly its 2,350 syllables; 가 (U+AC00) is the first.
        f.unicodeRange.toLowerCase().includes("u+ac00") &&
        document.fonts.check(`16px "${f.family}"`, text),
    );
  }, rare);
  expect(loaded).toBe(true);
  expect(new URL(requests[1]).origin).toBe(new URL(baseURL!).origin);
  expect(requests[1]).toMatch(/seonggwa[-_]sans[-_]hangul(?![-_]rare)/);
});
