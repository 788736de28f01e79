import { z } from "zod";
import { withParticle } from "@/lib/korean";

// Control characters, bidirectional overrides and other invisible format characters (zero-width
// space, soft hyphen) can hide or reorder text in tables and exports, or make two names that look
// the same compare different. Line and paragraph separators (U+2028/9) break a single line, and the
// combining grapheme joiner (U+034F) is an invisible mark that makes equal-looking names differ.
const FORBIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\u034f/u;
// With those refused, a reader can see anything but white space, the braille blank (U+2800, a
// "symbol" that shows nothing) and the default-ignorable letters that render as nothing: the Hangul
// fillers U+3164 (ㅤ), U+115F, U+1160 and U+FFA0, which are letters, not spaces, to every other rule.
const VISIBLE = /[^\s\u2800\p{Default_Ignorable_Code_Point}]/u;

/** Required single-line text: trimmed, NFC-normalised, bounded, free of invisible controls. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `${withParticle(label, "을/를")} 입력해 주세요.` })
    .transform((s) => s.normalize("NFC").trim())
    .pipe(
      z
        .string()
        // An empty field needs one message, not three.
        .min(1, { error: `${withParticle(label, "을/를")} 입력해 주세요.`, abort: true })
        .max(max, { error: `${withParticle(label, "은/는")} ${max}자 이내로 입력해 주세요.` })
        .refine((s) => !FORBIDDEN_CHARACTERS.test(s), { error: `${label}에 쓸 수 없는 제어 문자가 있습니다.` })
        .refine((s) => VISIBLE.test(s), { error: `${withParticle(label, "을/를")} 보이는 글자로 입력해 주세요.` }),
    );
}

/** Optional single-line text: empty becomes null. */
export function optionalText(label: string, max: number) {
  return z
    .string({ error: `${withParticle(label, "은/는")} 글자로 입력해 주세요.` })
    .optional()
    .transform((s) => (s ?? "").normalize("NFC").trim())
    .pipe(
      z
        .string()
        .max(max, { error: `${withParticle(label, "은/는")} ${max}자 이내로 입력해 주세요.` })
        .refine((s) => !FORBIDDEN_CHARACTERS.test(s), { error: `${label}에 쓸 수 없는 제어 문자가 있습니다.` })
        .transform((s) => (s === "" ? null : s)),
    );
}

/** The one empty-field rule: a field left empty ("") or absent is undefined, so `.optional()` applies. */
export const emptyToUndefined = (v: unknown) => (v === "" || v === undefined ? undefined : v);

/** A field that may be left empty. */
export function optionalField<T extends z.ZodType>(schema: T) {
  return z.preprocess(emptyToUndefined, schema.optional());
}

/** A positive integer id from a form field or select. */
export function idField(label: string) {
  return z.coerce
    .number({ error: `${withParticle(label, "을/를")} 선택해 주세요.` })
    .int({ error: `${withParticle(label, "을/를")} 다시 선택해 주세요.` })
    .positive({ error: `${withParticle(label, "을/를")} 선택해 주세요.` })
    .max(2_147_483_647, { error: `${withParticle(label, "을/를")} 다시 선택해 주세요.` });
}

/** The record version a form was opened with, for the optimistic lock. */
export const versionField = z.coerce
  .number({ error: "양식을 새로 고친 뒤 다시 저장해 주세요." })
  .int()
  .min(1, { error: "양식을 새로 고친 뒤 다시 저장해 주세요." })
  .max(2_147_483_647);
