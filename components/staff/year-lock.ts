import type { AwardYearState } from "@/lib/data/award-years";

/** Why an award of this year cannot be changed, said before anyone fills in a form; null when it can. */
export function yearLockText(state: AwardYearState, year: number, reviewOffice: string): string | null {
  if (state === "closed")
    return `${year}년은 마감되어 수정할 수 없습니다. 정정이 필요하면 ${reviewOffice}에 마감 해제를 요청해 주세요.`;
  if (state === "totals-only") return `${year}년은 발표된 총계로만 기록된 해라서 수상 실적을 한 건씩 고칠 수 없습니다.`;
  return null;
}

/** The short form for a table cell. */
export const YEAR_LOCK_SHORT: Record<Exclude<AwardYearState, "open">, string> = {
  closed: "마감된 연도",
  "totals-only": "총계만 기록된 연도",
};
