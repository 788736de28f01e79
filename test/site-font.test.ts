import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  FONT_DIR,
  FONT_MODULE,
  HANGUL_FONT_FILE,
  RARE_HANGUL_FONT_FILE,
  RARE_HANGUL_RANGE,
  SITE_FONT_FILE,
  SOURCE_FONT,
  declaredSiteRange,
  everydayHangulCodePoints,
  rareHangulCodePoints,
  parseUnicodeRange,
  siteCodePoints,
  toUnicodeRange,
  woff2CodePoints,
} from "@/scripts/lib/site-font";

const root = path.resolve(__dirname, "..");
const hex = (points: Iterable<number>) => [...points].map((c) => `U+${c.toString(16)} ${String.fromCodePoint(c)}`);

// What the source font and the three committed files really hold, read from their cmap tables.
const coverage = await woff2CodePoints(path.join(root, SOURCE_FONT));
const siteGlyphs = await woff2CodePoints(path.join(root, FONT_DIR, SITE_FONT_FILE));
const hangulGlyphs = await woff2CodePoints(path.join(root, FONT_DIR, HANGUL_FONT_FILE));
const rareGlyphs = await woff2CodePoints(path.join(root, FONT_DIR, RARE_HANGUL_FONT_FILE));

describe("the site font (app/fonts)", () => {
  const declared = declaredSiteRange(fs.readFileSync(path.join(root, FONT_DIR, FONT_MODULE), "utf8"));

  it("holds every character of the app's own text that Pretendard GOV has (else: npm run font:subset)", () => {
    const lacking = [...siteCodePoints(root)].filter((c) => coverage.has(c) && !declared.has(c));
    expect(hex(lacking)).toEqual([]);
  });

  it("holds nothing the app's text no longer uses, so every page's one font file stays small", () => {
    const text = siteCodePoints(root);
    expect(hex([...declared].filter((c) => !text.has(c)))).toEqual([]);
  });

  it("has a glyph for exactly the characters it is declared to the browser with", () => {
    expect(hex([...declared].filter((c) => !siteGlyphs.has(c))), "declared without a glyph").toEqual([]);
    expect(hex([...siteGlyphs].filter((c) => !declared.has(c))), "a glyph not declared").toEqual([]);
  });

  it("covers the record's Korean: department, body and award names", () => {
    for (const ch of "진천군 주민복지과 세정과 기획감사실 통합일자리지원단 행정안전부 충청북도 인센티브 백만원") {
      expect(declared.has(ch.codePointAt(0)!), ch).toBe(true);
    }
  });

  it("is a WOFF2 file within the budget of one font request per page", () => {
    const site = fs.readFileSync(path.join(root, FONT_DIR, SITE_FONT_FILE));
    expect(site.subarray(0, 4).toString("latin1")).toBe("wOF2");
    expect(site.length).toBeLessThan(150_000);
    const hangul = fs.readFileSync(path.join(root, FONT_DIR, HANGUL_FONT_FILE));
    expect(hangul.subarray(0, 4).toString("latin1")).toBe("wOF2");
  });

  it("is declared to the browser with exactly its own characters, and Hangul's other files for the rest", () => {
    const source = fs.readFileSync(path.join(root, FONT_DIR, FONT_MODULE), "utf8");
    expect(source).toContain(`src: "./${SITE_FONT_FILE}"`);
    expect(source).toContain(`src: "./${HANGUL_FONT_FILE}"`);
    expect(source).toContain(`src: "./${RARE_HANGUL_FONT_FILE}"`);
    // The KS X 1001 file is declared with exactly its glyphs, so a rarer syllable never fetches it.
    const ranges = [...source.matchAll(/prop: "unicode-range",\s*value:\s*"([^"]+)"/g)].map((m) => m[1]);
    expect(ranges).toHaveLength(3);
    expect(hex([...parseUnicodeRange(ranges[1])].filter((c) => coverage.has(c) && !hangulGlyphs.has(c)))).toEqual([]);
    expect(parseUnicodeRange(ranges[1]).size).toBe(everydayHangulCodePoints().size);
    expect(ranges[2]).toBe(RARE_HANGUL_RANGE);
    // Only the first file is preloaded; the others wait until a page needs one of their syllables.
    expect(source.match(/preload: false/g)).toHaveLength(2);
  });
});

describe("unicode-range helpers", () => {
  it("merge consecutive code points into ranges and read them back", () => {
    const points = [0x41, 0x42, 0x43, 0xac00, 0xac02, 0xac03];
    expect(toUnicodeRange(points)).toBe("U+41-43, U+ac00, U+ac02-ac03");
    expect([...parseUnicodeRange(toUnicodeRange(points))]).toEqual(points);
  });

  it("refuse what is not a unicode-range", () => {
    expect(() => parseUnicodeRange("U+41, Arial")).toThrow(/not a unicode-range part/);
  });
});

describe("the Hangul file's characters", () => {
  const points = everydayHangulCodePoints();

  it("all have a glyph in the committed file, where the source font has one", () => {
    expect(hex([...points].filter((c) => coverage.has(c) && !hangulGlyphs.has(c)))).toEqual([]);
    expect(hangulGlyphs.size).toBeGreaterThan(2350);
  });

  it("are the 2,350 syllables of KS X 1001 and the 94 compatibility jamo", () => {
    const syllables = [...points].filter((c) => c >= 0xac00 && c <= 0xd7a3);
    expect(syllables).toHaveLength(2350);
    expect(points.size).toBe(2350 + 94);
    // 가 and 힝 open and close the KS X 1001 syllables; 똠 and 쌰 are famously outside them.
    for (const ch of "가힝") expect(points.has(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of "똠쌰") expect(points.has(ch.codePointAt(0)!), ch).toBe(false);
  });
});

describe("every modern Hangul syllable", () => {
  it("has a same-origin glyph in one of the three files, so any county's names render", () => {
    const missing: number[] = [];
    for (let c = 0xac00; c <= 0xd7a3; c++)
      if (!siteGlyphs.has(c) && !hangulGlyphs.has(c) && !rareGlyphs.has(c)) missing.push(c);
    expect(hex(missing)).toEqual([]);
  });

  it("outside KS X 1001 (똠, 햏, 뷁) is in the third file, which holds nothing the second has", () => {
    for (const ch of "똠햏뷁") expect(rareGlyphs.has(ch.codePointAt(0)!), ch).toBe(true);
    expect(rareHangulCodePoints().size).toBe(11_172 - 2_350);
    expect([...rareGlyphs].filter((c) => c >= 0xac00 && c <= 0xd7a3 && hangulGlyphs.has(c))).toEqual([]);
  });
});
