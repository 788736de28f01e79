/** Korean particles chosen by the last syllable: 주관기관을, 연도를, 충청북도가, 행정안전부와. */
const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const RIEUL = 8;

export type Particle = "이/가" | "을/를" | "은/는" | "과/와" | "으로/로";

/** Final consonant index of the last syllable (0 = none), or null when it is not Hangul. */
function finalConsonant(word: string): number | null {
  const code = word.codePointAt(word.length - 1) ?? 0;
  if (code < HANGUL_FIRST || code > HANGUL_LAST) return null;
  return (code - HANGUL_FIRST) % 28;
}

/** The word with the particle its last syllable takes; both forms when it does not end in Hangul. */
export function withParticle(word: string, particle: Particle): string {
  const final = finalConsonant(word);
  const [afterConsonant, afterVowel] = particle.split("/");
  if (final === null) return `${word}${particle === "으로/로" ? "(으)로" : `${afterConsonant}(${afterVowel})`}`;
  const vowelForm = final === 0 || (particle === "으로/로" && final === RIEUL);
  return word + (vowelForm ? afterVowel : afterConsonant);
}
