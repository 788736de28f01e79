import { z } from "zod";
import { withParticle } from "@/lib/korean";

/**
 * Numbers as Korean staff type them, in forms, spreadsheet import and KPI values: `1,234.5`,
 * full-width `１２.３`, a trailing unit (`12.3백만원`, `70.5 %`), a minus sign of any width or the
 * accounting `△`. A comma is only ever a thousands separator, in a valid position: `12,3` would
 * otherwise be read as 123 — ten times what a person typing a decimal comma meant — so it is refused
 * with the reason. The value comes back as an exact decimal string, never a float.
 */
export type KoreanNumberOptions = {
  /** The field's name in messages ("인센티브"). */
  label?: string;
  /** Units that may follow the number (`["백만원"]`, `["%"]`); none by default. */
  units?: readonly string[];
  /** Accept any trailing unit and report it, for a caller that checks it against data (a KPI's unit). */
  anyUnit?: boolean;
  allowNegative?: boolean;
  /** Digits allowed after the decimal point; 0 for whole numbers. Default 4. */
  maxDecimals?: number;
  /** Digits allowed before the decimal point. Default 15 (exact in every store this app uses). */
  maxIntegerDigits?: number;
  /** Said after the decimal limit: "0.1백만원 단위" → "한 자리(0.1백만원 단위)까지만". */
  step?: string;
};

export type KoreanNumberError = "empty" | "not-a-number" | "comma" | "negative" | "decimals" | "too-large" | "unit";

export type KoreanNumberResult =
  | {
      ok: true;
      /** Canonical decimal: no separators, no leading zeros, "-" for negatives ("-1234.5", "0.3"). */
      value: string;
      /** The unit typed after the number, if any (normalised: `％` → `%`). */
      unit: string | null;
    }
  | { ok: false; error: KoreanNumberError; message: string };

const PLACES = ["", "한", "두", "세", "네", "다섯", "여섯"];
const placesWord = (n: number) => `${PLACES[n] ?? n} 자리`;

// Minus signs people paste or type: hyphen-minus (after NFKC also the full-width one), U+2212,
// dashes from word processors, and △, which Korean accounts and statistics use for a decrease.
const MINUS = /^[-\u2212\u2012\u2013\u2014\u2015\ufe63△]/u;
const NUMBER_AND_UNIT = /^([+-]?)([\d,]*(?:\.[\d,]*)?)\s*(\D*?)$/u;
const THOUSANDS = /^\d{1,3}(,\d{3})+$/;

export function parseKoreanNumber(text: string, options: KoreanNumberOptions = {}): KoreanNumberResult {
  const label = options.label ?? "값";
  const maxDecimals = options.maxDecimals ?? 4;
  const maxIntegerDigits = options.maxIntegerDigits ?? 15;
  const fail = (error: KoreanNumberError, message: string): KoreanNumberResult => ({ ok: false, error, message });
  const example = maxDecimals > 0 ? "예: 1,234.5" : "예: 1,234";

  // NFKC folds full-width digits, signs, comma, point and ％ to ASCII, and no-break spaces to spaces.
  let s = text.normalize("NFKC").trim();
  if (s === "") return fail("empty", `${withParticle(label, "을/를")} 입력해 주세요.`);
  s = s.replace(MINUS, "-").replace(/^([+-])\s+/, "$1");

  const match = NUMBER_AND_UNIT.exec(s);
  const [, sign = "", body = "", rawUnit = ""] = match ?? [];
  if (!match || !/\d/.test(body))
    return fail("not-a-number", `${withParticle(label, "은/는")} 숫자로 입력해 주세요. ${example}`);

  const unit = rawUnit.trim();
  if (unit !== "" && !options.anyUnit && !(options.units ?? []).includes(unit)) {
    const allowed = options.units?.length
      ? ` 단위는 ${options.units.map((u) => `「${u}」`).join(", ")}만 쓸 수 있습니다.`
      : "";
    return fail("unit", `${withParticle(label, "은/는")} 숫자로 입력해 주세요.${allowed} ${example}`);
  }

  const [whole = "", fraction = "", ...rest] = body.split(".");
  if (rest.length) return fail("not-a-number", `${withParticle(label, "은/는")} 숫자로 입력해 주세요. ${example}`);
  if (fraction.includes(",") || (whole.includes(",") && !THOUSANDS.test(whole))) {
    return fail(
      "comma",
      `쉼표(,)는 세 자리마다 끊는 천 단위 구분에만 쓸 수 있습니다. 소수점은 마침표(.)로 입력해 주세요. ${example}`,
    );
  }

  const digits = whole.replaceAll(",", "").replace(/^0+(?=\d)/, "") || "0";
  const decimals = fraction.replace(/0+$/, "");
  if (sign === "-" && !options.allowNegative && (digits !== "0" || decimals !== "")) {
    return fail("negative", `${withParticle(label, "은/는")} 0 이상이어야 합니다.`);
  }
  if (fraction.length > maxDecimals && decimals.length > maxDecimals) {
    if (maxDecimals === 0) return fail("decimals", `${withParticle(label, "은/는")} 정수로 입력해 주세요.`);
    const step = options.step ? `(${options.step})` : "";
    return fail(
      "decimals",
      `${withParticle(label, "은/는")} 소수점 아래 ${placesWord(maxDecimals)}${step}까지만 입력할 수 있습니다.`,
    );
  }
  if (digits.length > maxIntegerDigits) return fail("too-large", `${withParticle(label, "이/가")} 너무 큽니다.`);

  const magnitude = decimals ? `${digits}.${decimals}` : digits;
  const value = sign === "-" && magnitude !== "0" ? `-${magnitude}` : magnitude;
  return { ok: true, value, unit: unit === "" ? null : unit };
}

/** The parser as a zod transform: a string in, the result's `{ value, unit }` out, its message as the issue. */
export function koreanNumberField(options: KoreanNumberOptions) {
  return z.string({ error: `${withParticle(options.label ?? "값", "을/를")} 입력해 주세요.` }).transform((s, ctx) => {
    const result = parseKoreanNumber(s, options);
    if (result.ok) return { value: result.value, unit: result.unit };
    ctx.addIssue({ code: "custom", message: result.message });
    return z.NEVER;
  });
}
