/** Korean particles chosen by the last sound: 주관기관을, 연도를, 충청북도가, 행정안전부와, 2023년은, API를. */
const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const RIEUL = 8;
// Final consonant indices (jongseong) used below.
const KIYEOK = 1;
const NIEUN = 4;
const MIEUM = 16;
const PIEUP = 17;
const IEUNG = 21;

export type Particle = "이/가" | "을/를" | "은/는" | "과/와" | "으로/로";

// Digits as read aloud: 영 일 이 삼 사 오 육 칠 팔 구.
const DIGIT_FINALS = [IEUNG, RIEUL, 0, MIEUM, 0, 0, KIYEOK, RIEUL, RIEUL, 0];
// A number ending in zeros is read by its place: 십, 백, 천, 만 (and 만 again up to 억).
const ZERO_PLACE_FINALS = [PIEUP, KIYEOK, NIEUN, NIEUN, NIEUN, NIEUN, NIEUN, KIYEOK];
// Latin letters as a Korean reader spells them (엘, 엠, 엔, 알 end in a consonant; 에이, 비, … do not).
const LETTER_FINALS: Record<string, number> = { l: RIEUL, m: MIEUM, n: NIEUN, r: RIEUL };
// Closing marks a particle follows without changing its sound: 「수상명」을, "API"를, 세정과)를.
const TRAILING_MARKS = /[\s\u300d\u300f"'\u2019\u201d)\]}>.\u00b7]+$/u;

/** Final consonant index of the last sounded character (0 = none), or null when it cannot be told. */
function finalConsonant(word: string): number | null {
  const text = word.replace(TRAILING_MARKS, "");
  const last = text.at(-1);
  if (!last) return null;
  const code = last.codePointAt(0) ?? 0;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return (code - HANGUL_FIRST) % 28;
  if (/[0-9]/.test(last)) {
    const zeros = /0+$/.exec(text)?.[0].length ?? 0;
    // "0" alone (or "0.0") is 영; "10", "200", "3000" end in their place's sound.
    if (zeros > 0 && /[1-9]0+$/.test(text) && !/\.\d*0+$/.test(text)) return ZERO_PLACE_FINALS[zeros - 1] ?? null;
    return DIGIT_FINALS[Number(last)];
  }
  if (/[a-z]/i.test(last)) return LETTER_FINALS[last.toLowerCase()] ?? 0;
  return null;
}

/** The particle alone that follows `word`; both forms ("을(를)") when its last sound cannot be told. */
export function particleFor(word: string, particle: Particle): string {
  const final = finalConsonant(word);
  const [afterConsonant, afterVowel] = particle.split("/");
  if (final === null) return particle === "으로/로" ? "(으)로" : `${afterConsonant}(${afterVowel})`;
  const vowelForm = final === 0 || (particle === "으로/로" && final === RIEUL);
  return vowelForm ? afterVowel : afterConsonant;
}

/** The word with the particle its last sound takes: withParticle("식산업 자원과", "을/를") → "식산업 자원과를". */
export function withParticle(word: string, particle: Particle): string {
  return word + particleFor(word, particle);
}
