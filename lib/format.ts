import { wonToMillionWonDecimal } from "./money";
import type { MoneyStyle } from "@/db/schema";

/** "1234567.89" → "1,234,567.89", keeping every decimal digit it was given. */
export function groupDigits(decimal: string): string {
  const negative = decimal.startsWith("-");
  const [whole, fraction] = (negative ? decimal.slice(1) : decimal).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (negative ? "-" : "") + (fraction ? `${grouped}.${fraction}` : grouped);
}

export function formatCount(n: number): string {
  return groupDigits(String(n));
}

/** Incentive for a table cell: null (the document's "-") stays "-". */
export function formatMillionWon(won: number | null, options: { unit?: boolean } = {}): string {
  if (won === null) return "-";
  const text = groupDigits(wonToMillionWonDecimal(won));
  return options.unit ? `${text}백만원` : text;
}

/** A signed change: "+16건", "-2.5백만원", "±0건". */
export function formatSigned(text: string, isZero: boolean): string {
  if (isZero) return `±${text}`;
  return text.startsWith("-") ? text : `+${text}`;
}

function scaled(won: number, unit: number): string {
  const whole = Math.floor(won / unit);
  const rest = String(won % unit)
    .padStart(String(unit).length - 1, "0")
    .replace(/0+$/, "");
  return groupDigits(rest ? `${whole}.${rest}` : String(whole));
}

const EOK = 100_000_000;
const JO = 1_000_000_000_000;

/** Won in the style the county prints: 12,190억원 (eok), 9,024만원 (man), 8조 1,054억원 (jo). */
export function formatWon(won: number, style: MoneyStyle): string {
  const sign = won < 0 ? "-" : "";
  const abs = Math.abs(won);
  switch (style) {
    case "man":
      return `${sign}${scaled(abs, 10_000)}만원`;
    case "eok":
      return `${sign}${scaled(abs, EOK)}억원`;
    case "jo": {
      const jo = Math.floor(abs / JO);
      const rest = abs % JO;
      if (jo === 0) return `${sign}${scaled(rest, EOK)}억원`;
      return rest === 0
        ? `${sign}${groupDigits(String(jo))}조원`
        : `${sign}${groupDigits(String(jo))}조 ${scaled(rest, EOK)}억원`;
    }
  }
}

/** A KPI value as printed: money by its style, anything else as the decimal with its unit. */
export function formatKpiValue(value: string, unit: string, moneyStyle: MoneyStyle | null): string {
  if (unit === "원" && moneyStyle) return formatWon(Number(value), moneyStyle);
  return `${groupDigits(value)}${unit}`;
}

const dateFormatter = new Intl.DateTimeFormat("ko-KR", {
  timeZone: "Asia/Seoul",
  year: "numeric",
  month: "long",
  day: "numeric",
});
const dateTimeFormatter = new Intl.DateTimeFormat("ko-KR", {
  timeZone: "Asia/Seoul",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  // Not `hour12: false`: in ko-KR that picks the h24 cycle and prints midnight as "24:05".
  hourCycle: "h23",
});

const shortDateFormatter = new Intl.DateTimeFormat("ko-KR", {
  timeZone: "Asia/Seoul",
  year: "numeric",
  month: "numeric",
  day: "numeric",
});

/** 2024. 3. 2. (a change log's day) */
export function formatShortDate(date: Date | number): string {
  return shortDateFormatter.format(date);
}

/** 2026년 11월 25일 */
export function formatDate(date: Date | number): string {
  return dateFormatter.format(date);
}

/** 2026. 11. 25. 15:30 */
export function formatDateTime(date: Date | number): string {
  return dateTimeFormatter.format(date);
}

/** A calendar day kept as YYYY-MM-DD, as Korean documents print it: 2023. 5. 3. (no time zone involved). */
export function formatIsoDay(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}. ${m}. ${d}.`;
}
