// What the site's own font files hold: every character of the app's text (UI strings and the
// transcribed record), and everyday Hangul for text entered later, cut from Pretendard GOV. Shared
// by `npm run font:subset`, which writes them, and by the tests that fail when new text uses a
// character the committed site font lacks.
import fs from "node:fs";
import path from "node:path";
import { convert } from "fontverter";
import { fontCodePoints } from "./font-cmap";

export const FONT_DIR = "app/fonts";
export const SITE_FONT_FILE = "seonggwa-sans.woff2";
export const HANGUL_FONT_FILE = "seonggwa-sans-hangul.woff2";
export const RARE_HANGUL_FONT_FILE = "seonggwa-sans-hangul-rare.woff2";
/** The generated next/font module that declares both files (its options must be literals). */
export const FONT_MODULE = "site-fonts.ts";
/** The weights the stylesheets use (400–800); the variable font's other weights are cut away. */
export const WEIGHT_RANGE = { min: 400, max: 800 } as const;
/**
 * The third file's range: every modern syllable. It comes after the second in the font stack, so a
 * browser reaches it (and fetches it) only for a syllable outside KS X 1001, such as 똠, 햏 or 뷁 in a
 * place or person's name; the second file is declared with exactly its own characters.
 */
export const RARE_HANGUL_RANGE = "U+ac00-d7a3";

const PRETENDARD = "node_modules/pretendard-gov/dist/web/variable";
export const SOURCE_FONT = `${PRETENDARD}/woff2/PretendardGOVVariable.woff2`;

/** Where visible text comes from. Tests are left out: their strings never reach a visitor. */
const TEXT_ROOTS = ["app", "components", "lib", "db/seed"];
const TEXT_FILE = /\.(tsx?|tsv|css)$/;
const SKIPPED_FILE = /\.test\.tsx?$/;

function* textFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(file);
    else if (TEXT_FILE.test(entry.name) && !SKIPPED_FILE.test(entry.name)) yield file;
  }
}

/** Code points of printable ASCII and of every non-ASCII character in the app's text. */
export function siteCodePoints(root: string): Set<number> {
  const points = new Set<number>();
  for (let c = 0x20; c <= 0x7e; c++) points.add(c);
  for (const dir of TEXT_ROOTS) {
    for (const file of textFiles(path.join(root, dir))) {
      // The generated module lists the font's own characters; reading it back would keep every
      // character ever added, even after the text using it is gone.
      if (path.basename(file) === FONT_MODULE) continue;
      for (const ch of fs.readFileSync(file, "utf8")) {
        const c = ch.codePointAt(0)!;
        if (c > 0x7e && !/\p{Cc}|\p{Cf}|\p{Zl}|\p{Zp}/u.test(ch)) points.add(c);
      }
    }
  }
  return points;
}

/** The code points a CSS unicode-range (`U+20-7e, U+ac00`) names. */
export function parseUnicodeRange(value: string): Set<number> {
  const points = new Set<number>();
  for (const part of value.split(",")) {
    const m = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) throw new Error(`not a unicode-range part: ${part}`);
    const from = parseInt(m[1], 16);
    const to = m[2] ? parseInt(m[2], 16) : from;
    for (let c = from; c <= to; c++) points.add(c);
  }
  return points;
}

/** The code points a WOFF2 file has glyphs for. */
export async function woff2CodePoints(file: string): Promise<Set<number>> {
  return fontCodePoints(await convert(fs.readFileSync(file), "sfnt"));
}

/** Code points as the shortest unicode-range value: consecutive runs become `U+a-b`. */
export function toUnicodeRange(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const hex = (c: number) => c.toString(16);
    parts.push(i === j ? `U+${hex(sorted[i])}` : `U+${hex(sorted[i])}-${hex(sorted[j])}`);
    i = j + 1;
  }
  return parts.join(", ");
}

/**
 * The 2,350 Hangul syllables of KS X 1001, the set nearly all modern Korean text is written in,
 * and the 94 compatibility jamo: the second file, for text entered after the first was cut.
 */
export function everydayHangulCodePoints(): Set<number> {
  const points = new Set<number>();
  const euckr = new TextDecoder("euc-kr");
  // KS X 1001 places its syllables at lead bytes B0–C8, trail bytes A1–FE.
  for (let lead = 0xb0; lead <= 0xc8; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const c = euckr.decode(new Uint8Array([lead, trail])).codePointAt(0)!;
      if (c >= 0xac00 && c <= 0xd7a3) points.add(c);
    }
  }
  for (let c = 0x3131; c <= 0x318e; c++) points.add(c);
  return points;
}

/** The 8,822 modern syllables outside KS X 1001: the third file, so any county's names render. */
export function rareHangulCodePoints(): Set<number> {
  const everyday = everydayHangulCodePoints();
  const points = new Set<number>();
  for (let c = 0xac00; c <= 0xd7a3; c++) if (!everyday.has(c)) points.add(c);
  return points;
}

/** The unicode-range the generated module gives the site font, read back from its source. */
export function declaredSiteRange(moduleSource: string): Set<number> {
  // The first declaration is the site font's; the formatter may break it over lines.
  const m = /prop: "unicode-range",\s*value:\s*"([^"]+)"/.exec(moduleSource);
  if (!m) throw new Error(`${FONT_MODULE} declares no unicode-range`);
  return parseUnicodeRange(m[1]);
}

/** The next/font module: the site font preloaded on every page, the Hangul file only on demand. */
export function fontModuleSource(sitePoints: Iterable<number>): string {
  const weight = `${WEIGHT_RANGE.min} ${WEIGHT_RANGE.max}`;
  return `// Generated by \`npm run font:subset\` (scripts/font-subset.ts); do not edit.
// Both files are cut from Pretendard GOV (SIL OFL 1.1, see OFL.txt), whose reserved name they may not use.
import localFont from "next/font/local";

/** Every glyph of the app's own text, in the one font file a page preloads. */
export const siteFont = localFont({
  src: "./${SITE_FONT_FILE}",
  weight: "${weight}",
  display: "swap",
  variable: "--font-site",
  declarations: [{ prop: "unicode-range", value: "${toUnicodeRange(sitePoints)}" }],
});

/** Everyday Hangul, fetched only when a page shows a syllable the site font lacks. */
export const hangulFont = localFont({
  src: "./${HANGUL_FONT_FILE}",
  weight: "${weight}",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  variable: "--font-site-hangul",
  declarations: [{ prop: "unicode-range", value: "${toUnicodeRange(everydayHangulCodePoints())}" }],
});

/** The rest of modern Hangul, fetched only when a page shows a syllable outside KS X 1001. */
export const rareHangulFont = localFont({
  src: "./${RARE_HANGUL_FONT_FILE}",
  weight: "${weight}",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  variable: "--font-site-hangul-rare",
  declarations: [{ prop: "unicode-range", value: "${RARE_HANGUL_RANGE}" }],
});
`;
}
