import { z } from "zod";
import { withParticle } from "@/lib/korean";
import { YEAR_MIN, yearMax } from "./year";

/** Korea keeps one offset all year (no daylight saving), so a day there is a fixed span of UTC. */
const KST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

// 2024-01-31, 2024. 1. 31., 2024/01/31 and 20240131: how dates are typed in Korean offices.
const DAY_PATTERN = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?$/;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;

/** A calendar day typed into a filter, read as "YYYY-MM-DD"; the message names the field. */
export function dayField(label: string) {
  return z.string({ error: `${withParticle(label, "을/를")} 입력해 주세요.` }).transform((text, ctx) => {
    const typed = text.replace(/\s+/g, "");
    const match = DAY_PATTERN.exec(typed) ?? COMPACT_DAY.exec(typed);
    const fail = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (!match) return fail(`${withParticle(label, "은/는")} 2024-01-31처럼 연-월-일로 입력해 주세요.`);
    const [year, month, day] = match.slice(1).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
      return fail(`${year}년 ${month}월 ${day}일은 없는 날짜입니다. ${withParticle(label, "을/를")} 확인해 주세요.`);
    if (year < YEAR_MIN) return fail(`${withParticle(label, "은/는")} ${YEAR_MIN}년 이후여야 합니다.`);
    if (year > yearMax()) return fail(`${withParticle(label, "은/는")} ${yearMax()}년 이전이어야 합니다.`);
    return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  });
}

/** The first instant of a "YYYY-MM-DD" day in Korea. */
export function startOfKoreanDay(day: string): Date {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date) - KST_OFFSET_MS);
}

/** The first instant after a "YYYY-MM-DD" day in Korea. */
export function endOfKoreanDay(day: string): Date {
  return new Date(startOfKoreanDay(day).getTime() + DAY_MS);
}

/** The one rule between two days: the end may not come before the start. Null when it holds. */
export function dayRangeError(from: string | undefined, to: string | undefined): string | null {
  return from && to && to < from ? "종료일은 시작일과 같거나 그 뒤여야 합니다." : null;
}
