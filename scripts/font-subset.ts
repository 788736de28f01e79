// `npm run font:subset`: cuts the app's fonts from Pretendard GOV into app/fonts/:
//   seonggwa-sans.woff2        every character of the app's own text; each page preloads it
//   seonggwa-sans-hangul.woff2 everyday Hangul (KS X 1001), fetched only for a syllable the first
//                              lacks, such as one in a newly entered award
//   seonggwa-sans-hangul-rare.woff2 the other 8,822 modern syllables (똠, 햏, 뷁), fetched only for one
//   site-fonts.ts              the next/font declarations of all three
// Run it after adding text with characters the first file lacks (test/site-font.test.ts says when).
import fs from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";
import {
  FONT_DIR,
  FONT_MODULE,
  HANGUL_FONT_FILE,
  RARE_HANGUL_FONT_FILE,
  SITE_FONT_FILE,
  SOURCE_FONT,
  WEIGHT_RANGE,
  everydayHangulCodePoints,
  fontModuleSource,
  rareHangulCodePoints,
  siteCodePoints,
  woff2CodePoints,
} from "./lib/site-font";

const root = process.cwd();
const source = fs.readFileSync(path.join(root, SOURCE_FONT));
const coverage = await woff2CodePoints(path.join(root, SOURCE_FONT));

async function write(file: string, points: number[]) {
  const font = await subsetFont(source, String.fromCodePoint(...points), {
    targetFormat: "woff2",
    variationAxes: { wght: WEIGHT_RANGE },
  });
  fs.writeFileSync(path.join(root, FONT_DIR, file), font);
  console.log(`${FONT_DIR}/${file}: ${points.length} characters, ${font.length.toLocaleString("en")} bytes`);
}

const wanted = [...siteCodePoints(root)];
const sitePoints = wanted.filter((c) => coverage.has(c));
const missing = wanted.filter((c) => !coverage.has(c));

fs.mkdirSync(path.join(root, FONT_DIR), { recursive: true });
await write(SITE_FONT_FILE, sitePoints);
await write(HANGUL_FONT_FILE, [...everydayHangulCodePoints()]);
await write(RARE_HANGUL_FONT_FILE, [...rareHangulCodePoints()]);
fs.writeFileSync(path.join(root, FONT_DIR, FONT_MODULE), fontModuleSource(sitePoints));
if (missing.length)
  console.log(`not in Pretendard GOV, left to system fonts: ${missing.map((c) => `U+${c.toString(16)}`).join(" ")}`);
