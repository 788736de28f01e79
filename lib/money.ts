/**
 * Exact conversions between integer won and the 백만원 amounts people type and read.
 * Incentives are whole multiples of 0.1 백만원 (100,000원), so no float ever touches a stored amount.
 */
export const WON_PER_MILLION = 1_000_000;
export const WON_PER_TENTH_MILLION = 100_000;

const MILLION_WON_PATTERN = /^(\d{1,9})(?:\.(\d))?$/;

/** "297.2" → 297_200_000. Returns null for anything that is not a non-negative amount with ≤ 1 decimal. */
export function parseMillionWon(text: string): number | null {
  const match = MILLION_WON_PATTERN.exec(text.trim().replaceAll(",", ""));
  if (!match) return null;
  const [, whole, tenth = "0"] = match;
  return Number(whole) * WON_PER_MILLION + Number(tenth) * WON_PER_TENTH_MILLION;
}

/** 1_270_500_000 → "1270.5"; amounts finer than 0.1 백만원 keep every digit they need. */
export function wonToMillionWonDecimal(won: number): string {
  const sign = won < 0 ? "-" : "";
  const abs = Math.abs(won);
  const whole = Math.floor(abs / WON_PER_MILLION);
  const fraction = String(abs % WON_PER_MILLION)
    .padStart(6, "0")
    .replace(/0+$/, "");
  return sign + (fraction ? `${whole}.${fraction}` : String(whole));
}

/** 1_270_500_000 → 1270.5 as a number, for JSON and charts (exact for 0.1 steps). */
export function wonToMillionWon(won: number): number {
  return Number(wonToMillionWonDecimal(won));
}

/** "14.5" × 10^8 → "1450000000" ("-0.5" → "-50000000"): moves the decimal point without floats. Null if it would leave a fraction. */
export function shiftDecimal(text: string, places: number): string | null {
  const sign = text.startsWith("-") ? "-" : "";
  const [whole, fraction = ""] = text.slice(sign.length).split(".");
  if (fraction.length > places) return null;
  const digits = (whole + fraction.padEnd(places, "0")).replace(/^0+(?=\d)/, "");
  return digits === "0" ? digits : sign + digits;
}

/** "1450000000" ÷ 10^8 → "14.5": the inverse of shiftDecimal for display in a form. */
export function unshiftDecimal(integer: string, places: number): string {
  const sign = integer.startsWith("-") ? "-" : "";
  const padded = integer.slice(sign.length).padStart(places + 1, "0");
  const whole = padded.slice(0, padded.length - places).replace(/^0+(?=\d)/, "");
  const fraction = padded.slice(padded.length - places).replace(/0+$/, "");
  return sign + (fraction ? `${whole}.${fraction}` : whole);
}
