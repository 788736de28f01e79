import { formatMillionWon } from "@/lib/format";
import { withParticle, type Particle } from "@/lib/korean";

/**
 * Checks that flag an award before a planner approves it: a likely duplicate, a name spelled
 * differently from the registry, an incentive far outside what that body gives. Pure, so the rules
 * are tested without a database; lib/data/review-checks.ts loads what they compare against.
 * A flag advises the planner; it never blocks an approval.
 */

export type CheckField = "title" | "agencyId" | "departmentIds" | "incentive";

export type CheckFlag = {
  kind: "duplicate" | "spelling" | "outlier";
  field: CheckField;
  message: string;
  /** A duplicate between two published awards, which a planner can mark as distinct. */
  pair?: AwardPair;
};

export type AwardPair = { low: number; high: number };

export function awardPair(a: number, b: number): AwardPair {
  return a < b ? { low: a, high: b } : { low: b, high: a };
}

export function pairKey(a: number, b: number): string {
  const { low, high } = awardPair(a, b);
  return `${low}:${high}`;
}

/* ---------------------------------------------------------------------------------------------
 * (a) Likely duplicates
 * ------------------------------------------------------------------------------------------- */

export const DUPLICATE_SIMILARITY = 0.85;

// Which year's round an award belongs to is written many ways ("2023년", "2023년도", "'22년도 실적",
// "(’22년실적)"); the award's own year already says it, so these never tell two awards apart.
const YEAR_MARKER = /(?:\d{4}|['‘’`´]\d{2})\s*년도?(?:\s*실적)?/g;
// Middle dots are letters to Unicode (ㆍ is a Hangul letter) but punctuation in a title.
const MIDDLE_DOTS = /[\u00b7\u318d\u30fb\u2027\u2219\u22c5]/g;
// What is left of the title that names a round: "1분기" vs "3분기", "제15회" vs "제16회",
// "상반기" vs "하반기". Titles that differ here are different awards however alike they read.
const EDITION_MARKER = /\d+|상반기|하반기|전반기|후반기/g;

export type TitleKey = { normalised: string; editions: string };

/** The title reduced to what identifies the award: no year markers, spaces or punctuation. */
export function normaliseTitle(title: string): string {
  // Dots go first: NFKC turns ㆍ into a combining vowel that no longer looks like punctuation.
  return title
    .replace(MIDDLE_DOTS, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(YEAR_MARKER, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

export function titleKey(title: string): TitleKey {
  const normalised = normaliseTitle(title);
  return { normalised, editions: (normalised.match(EDITION_MARKER) ?? []).join("|") };
}

/** Edit distance over code points (a Hangul syllable is one character). */
export function levenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[t.length];
}

/** 1 for identical strings, 0 for nothing in common: 1 − distance / longer length. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(Array.from(a).length, Array.from(b).length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

/** Same award written twice? Callers compare only awards of the same body and year. */
export function isLikelyDuplicate(a: TitleKey, b: TitleKey): boolean {
  if (!a.normalised || !b.normalised) return false;
  if (a.normalised === b.normalised) return true;
  if (a.editions !== b.editions) return false;
  const la = Array.from(a.normalised).length;
  const lb = Array.from(b.normalised).length;
  // The distance is at least the difference in length: skip the quadratic work when that alone rules it out.
  if (Math.abs(la - lb) > (1 - DUPLICATE_SIMILARITY) * Math.max(la, lb)) return false;
  return similarity(a.normalised, b.normalised) >= DUPLICATE_SIMILARITY;
}

export type DuplicateCandidate = { title: string; where: string; pair?: AwardPair };

export function duplicateFlag(context: { agency: string; year: number }, other: DuplicateCandidate): CheckFlag {
  return {
    kind: "duplicate",
    field: "title",
    message: `중복 의심: 같은 주관기관(${context.agency})·같은 연도(${context.year}년)에 제목이 거의 같은 실적이 있습니다 — ${other.where} 「${other.title}」.`,
    ...(other.pair ? { pair: other.pair } : {}),
  };
}

/* ---------------------------------------------------------------------------------------------
 * (b) Names spelled differently from the registry
 * ------------------------------------------------------------------------------------------- */

export type RegistryName = { id: number; name: string };
/** Another way of writing a registry name: an alias ("통합일자리 지원단") or a former name. */
export type NameVariant = { id: number; name: string; how: "별칭" | "이전 이름" };

/** The registries with their other spellings, as an import resolves names against them. */
export type NameRegistry = {
  agencies: RegistryName[];
  agencyVariants: NameVariant[];
  departments: RegistryName[];
  departmentVariants: NameVariant[];
};

export type NameMatch =
  | { kind: "exact"; id: number }
  | { kind: "variant"; id: number; registered: string; how: "띄어쓰기" | NameVariant["how"] }
  | { kind: "unknown" };

const compact = (name: string) => name.normalize("NFC").replace(/\s+/g, "");

/**
 * Resolves a typed name to a registry entry: exactly, or through a variant the planner should know
 * about (different spacing, an alias, a former name). Anything else is unknown.
 */
export function matchRegistryName(
  typed: string,
  registry: readonly RegistryName[],
  variants: readonly NameVariant[] = [],
): NameMatch {
  const name = typed.normalize("NFC").trim();
  const exact = registry.find((r) => r.name === name);
  if (exact) return { kind: "exact", id: exact.id };
  const registeredName = (id: number) => registry.find((r) => r.id === id)?.name;
  const variant = variants.find((v) => v.name === name) ?? variants.find((v) => compact(v.name) === compact(name));
  if (variant && registeredName(variant.id))
    return { kind: "variant", id: variant.id, registered: registeredName(variant.id)!, how: variant.how };
  const spaced = registry.find((r) => compact(r.name) === compact(name));
  if (spaced) return { kind: "variant", id: spaced.id, registered: spaced.name, how: "띄어쓰기" };
  return { kind: "unknown" };
}

/** 「name」 followed by the particle the name itself takes: 「통합일자리 지원단」은. */
function quoted(name: string, particle: Particle): string {
  return `「${name}」${withParticle(name, particle).slice(name.length)}`;
}

export function spellingFlag(
  field: "agencyId" | "departmentIds",
  column: string,
  typed: string,
  match: Extract<NameMatch, { kind: "variant" }>,
): CheckFlag {
  return {
    kind: "spelling",
    field,
    message: `표기 차이: ${column} ${quoted(typed, "은/는")} 등록된 이름 ${quoted(match.registered, "과/와")} ${match.how === "띄어쓰기" ? "띄어쓰기가 다릅니다" : `다르게 적혀 있습니다(${match.how})`}. 등록된 이름으로 처리합니다.`,
  };
}

/* ---------------------------------------------------------------------------------------------
 * (c) Incentives far outside what the body gives
 * ------------------------------------------------------------------------------------------- */

/** Too few awards make a spread meaningless: below this the check stays silent. */
export const OUTLIER_MIN_AWARDS = 5;
export const OUTLIER_MADS = 3;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export type Spread = { count: number; median: number; mad: number };

/** Median and median absolute deviation of a body's incentives, or null with too few to judge. */
export function incentiveSpread(incentives: readonly number[]): Spread | null {
  if (incentives.length < OUTLIER_MIN_AWARDS) return null;
  const m = median(incentives);
  return { count: incentives.length, median: m, mad: median(incentives.map((v) => Math.abs(v - m))) };
}

/**
 * The median absolute deviation ignores the few large awards that a standard deviation would let
 * stretch the range. With MAD 0 (the body always gives the same) any other amount stands out.
 */
export function isIncentiveOutlier(incentiveWon: number, spread: Spread): boolean {
  return Math.abs(incentiveWon - spread.median) > OUTLIER_MADS * spread.mad;
}

export function outlierFlag(
  agency: string,
  incentiveWon: number | null,
  published: readonly number[],
): CheckFlag | null {
  if (incentiveWon === null) return null;
  const spread = incentiveSpread(published);
  if (!spread || !isIncentiveOutlier(incentiveWon, spread)) return null;
  // Medians of 0.1 백만원 steps can land between two won; the display needs whole won.
  const won = (n: number, unit = true) => formatMillionWon(Math.round(n), { unit });
  const low = Math.max(0, spread.median - OUTLIER_MADS * spread.mad);
  const high = spread.median + OUTLIER_MADS * spread.mad;
  return {
    kind: "outlier",
    field: "incentive",
    message:
      `인센티브 확인: ${withParticle(won(incentiveWon), "은/는")} ${agency}의 게시된 인센티브 ${spread.count}건의 ` +
      `중앙값 ${won(spread.median)}에서 중앙값 절대편차(${won(spread.mad)})의 ${OUTLIER_MADS}배 넘게 벗어납니다. ` +
      `보통 범위: ${won(low, false)}–${won(high)}.`,
  };
}
