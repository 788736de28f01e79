import { HANJA_READINGS } from "./hanja";

/**
 * How award text is searched and sorted the way Korean is written. Pure: the stored side (the
 * precomputed `awards.search_text` and `awards.title_sort`, db/award-search.ts) and the query side
 * (lib/data/award-search.ts) both go through `searchKey`, so they cannot drift apart.
 */

// The middle dot is written with many characters: · ㆍ ・ ‧ • ∙ ⋅ (and the half-width ･). Like a
// space it only separates words, so "운영·관리", "운영ㆍ관리" and "운영 관리" are one key.
const SEPARATORS = /[\s\u00b7\u318d\u30fb\u2027\u2022\u2219\u22c5\uff65\u200b-\u200d\u2060\ufeff]+/gu;
const HANJA = new RegExp(`[${Object.keys(HANJA_READINGS).join("")}]`, "gu");
// Full-width ASCII (１２３, ＡＢＣ) as typed by some Korean input methods.
const FULL_WIDTH = /[\uff01-\uff5e]/gu;

/**
 * The searchable form of a text: composed Hangul (NFC, so text pasted in decomposed jamo matches),
 * no spaces or middle dots, hanja replaced by their reading, full-width ASCII narrowed, lower case.
 * NFKC is not used: it would turn the compatibility jamo of an initial-consonant query (ㅊㅁ) into
 * conjoining jamo.
 */
export function searchKey(text: string): string {
  return text
    .normalize("NFC")
    .replace(SEPARATORS, "")
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(HANJA, (c) => HANJA_READINGS[c])
    .toLowerCase();
}

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const SYLLABLES_PER_INITIAL = 21 * 28;
const INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

/** Each Hangul syllable of a search key replaced by its initial consonant: "청렴" → "ㅊㄹ" (초성). */
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
 * consonants (ㄱ–ㅎ) only the last, since syllables never become jamo in the other fields.
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
