import { NO_GRADE, type AwardQuery } from "@/lib/validations/award-query";
import type { AwardFilterOptions } from "./filter-options";

/** The active filters in words ("2023년 · 담당부서 주민복지과"), or null when nothing is filtered. */
export function describeFilters(
  query: AwardQuery,
  options: Pick<AwardFilterOptions, "agencies" | "departments" | "kindLabels">,
): string | null {
  const parts = [
    query.year && `${query.year}년`,
    query.agency && `주관기관 ${options.agencies.find((a) => a.id === query.agency)?.name ?? query.agency}`,
    query.kind && `기관 유형 ${options.kindLabels[query.kind]}`,
    query.department &&
      `담당부서 ${options.departments.find((d) => d.id === query.department)?.name ?? query.department}`,
    query.grade && `등급 ${query.grade === NO_GRADE ? "없음" : query.grade}`,
    query.q && `검색어 “${query.q}”`,
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : null;
}
