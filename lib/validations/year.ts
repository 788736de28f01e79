import { z } from "zod";
import { withParticle } from "@/lib/korean";
import { emptyToUndefined } from "./text";

/**
 * The one definition of which years the app accepts, in forms, import, API and URL parameters: from
 * 2000 (before the county's first recorded edition) to next year, the one being prepared.
 */
export const YEAR_MIN = 2000;
// Read from the performance clock, not `new Date()`: parameters are checked while Next prerenders a
// page's shell, where an argument-less Date is refused as an unstable value; the bound itself never
// changes what a page shows for a valid year.
export const yearMax = () => new Date(performance.timeOrigin + performance.now()).getFullYear() + 1;

/** A year typed into a form or an import cell: blank asks for it, anything else out of range says the bound. */
export function yearField(label = "연도") {
  return z.preprocess(
    (v) => emptyToUndefined(typeof v === "string" ? v.trim() : v),
    z.coerce
      .number({ error: `${withParticle(label, "을/를")} 숫자로 입력해 주세요.` })
      .int({ error: `${withParticle(label, "은/는")} 정수로 입력해 주세요.` })
      .min(YEAR_MIN, { error: `${withParticle(label, "은/는")} ${YEAR_MIN}년 이후여야 합니다.` })
      .refine((y) => y <= yearMax(), { error: `${withParticle(label, "은/는")} ${yearMax()}년 이전이어야 합니다.` }),
  );
}

/** This year: an award is entered once it has been received, so its year is never a later one. */
export const awardYearMax = () => yearMax() - 1;

/** An award's year: as any year, and not after this one (an edition may be prepared for next year). */
export function awardYearField() {
  return yearField().refine((y) => y <= awardYearMax(), {
    error: `연도는 올해(${awardYearMax()}년)까지만 입력할 수 있습니다. 상은 받은 뒤에 입력해 주세요.`,
  });
}

/** A year in a URL or API parameter, worded for a parameter error (`?year=2023`). */
export const yearParam = z.coerce
  .number({ error: "연도는 숫자여야 합니다." })
  .int({ error: "연도는 정수여야 합니다." })
  .min(YEAR_MIN, { error: `연도는 ${YEAR_MIN}년 이후여야 합니다.` })
  .refine((y) => y <= yearMax(), { error: `연도는 ${yearMax()}년 이전이어야 합니다.` });
