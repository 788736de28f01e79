// Hanja written inside Korean titles and slogans, each with its Korean reading, so a search typed
// in Hangul finds them. Not a dictionary: the characters the county's record uses (U+5927 in
// "안전大전환", U+65B0, U+5FC5) and ones government titles commonly carry. Each maps to its one
// dictionary reading: a character read differently at the start of a word (U+5E74, U+529B) matches
// only that reading, and a character missing from the table matches only itself. A JSON file, so
// the site font's subsetter (scripts/lib/site-font.ts), which reads the app's own text, skips it.
import HANJA_READINGS from "./hanja-readings.json";

/**
 * How award text is searched and sorted the way Korean is written. Pure: the stored side (the
 * precomputed `awards.search_text` and `awards.title_sort`, db/award-search.ts) and the query side
 * (lib/data/award-search.ts) both go through `searchKey`, so they cannot drift apart.
 */

// The middle dot is written with many characters (U+00B7, U+318D, U+30FB, U+2027, U+2022, U+2219,
// U+22C5, half-width U+FF65). Like a space it only separates words, so "운영" + any of them +
// "관리" and "운영 관리" are one key.
const SEPARATORS = /[\s\u00b7\u318d\u30fb\u2027\u2022\u2219\u22c5\uff65\u200b-\u200d\u2060\ufeff]+/gu;
const READINGS: Readonly<Record<string, string>> = HANJA_READINGS;
const HANJA = new RegExp(`[${Object.keys(READINGS).join("")}]`, "gu");
// Full-width ASCII (U+FF01-FF5E) as typed by some Korean input methods.
const FULL_WIDTH = /[\uff01-\uff5e]/gu;

/**
 * The searchable form of a text: composed Hangul (NFC, so text pasted in decomposed jamo matches),
 * no spaces or middle dots, hanja replaced by their reading, full-width ASCII narrowed, lower case.
 * NFKC is not used: it would turn the compatibility jamo of an initial-consonant query (초성) into
 * conjoining jamo.
 */
export function searchKey(text: string): string {
  return text
    .normalize("NFC")
    .replace(SEPARATORS, "")
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(HANJA, (c) => READINGS[c])
    .toLowerCase();
}

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const SYLLABLES_PER_INITIAL = 21 * 28;
// The 19 initial consonants as compatibility jamo (U+3131 giyeok ... U+314E hieut), as typed.
const INITIALS = String.fromCharCode(
  ...[
    0x31, 0x32, 0x34, 0x37, 0x38, 0x39, 0x41, 0x42, 0x43, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e,
  ].map((c) => 0x3100 + c),
);

/** Each Hangul syllable of a search key replaced by its initial consonant (초성): "청렴" gives chieuch, rieul. */
export function initials(key: string): string {
  let out = "";
  for (const c of key) {
    const code = c.codePointAt(0)!;
    out +=
      code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST
        ? INITIALS[Math.floor((code - SYLLABLE_FIRST) / SYLLABLES_PER_INITIAL)]
        : c;
  }
  return out;
}

// Field separator in the stored search text: searchKey removes every whitespace character from a
// query, so no query can match across two fields.
const FIELD_SEPARATOR = "\n";

export type AwardSearchFields = {
  title: string;
  grade: string | null;
  /** The body's and departments' names as published on the record (in force in the award's year). */
  agencyName: string;
  departmentNames: string[];
};

/**
 * The stored search text of an award: title, grade, body and department names, then the title's
 * initial consonants. A query of syllables can only match the first fields; a query of initial
 * consonants (jamo) only the last, since syllables never become jamo in the other fields.
 */
export function awardSearchText(fields: AwardSearchFields): string {
  const title = searchKey(fields.title);
  return [title, fields.grade ?? "", fields.agencyName, ...fields.departmentNames]
    .map((t, i) => (i === 0 ? t : searchKey(t)))
    .concat(initials(title))
    .join(FIELD_SEPARATOR);
}

// Digit runs are compared by value: up to this many digits each, which covers years and counts.
const NUMBER_WIDTH = 10;

/**
 * The order key of a title: its search key (so spacing, middle dots and hanja do not move a title)
 * with every run of digits zero-padded, so 제8기 comes before 제10회. Compared as bytes, which for
 * UTF-8 is code point order, and Hangul syllables are encoded in 가나다 order.
 */
export function titleSortKey(title: string): string {
  return searchKey(title).replace(/\d+/g, (run) => {
    const digits = run.replace(/^0+(?=\d)/, "");
    return digits.padStart(NUMBER_WIDTH, "0");
  });
}
