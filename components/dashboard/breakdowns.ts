import { awardsHref } from "@/components/awards/award-links";
import type { YearSummary } from "@/lib/data/public-summary";
import type { AgencyKind } from "@/db/schema";
import { NO_GRADE } from "@/lib/validations/award-query";

/** One line of a breakdown: a body, a kind of body, a department or a grade. */
export type BreakdownRow = {
  key: string;
  label: string;
  awardCount: number;
  incentiveTotalWon: number;
  sharedAwardCount?: number;
  /** The /awards view listing this line's awards. */
  href: string;
};

export function agencyRows(summary: YearSummary): BreakdownRow[] {
  return summary.byAgency.map((a) => ({
    key: `agency-${a.agencyId}`,
    label: a.agency,
    awardCount: a.awardCount,
    incentiveTotalWon: a.incentiveTotalWon,
    href: awardsHref({ year: summary.year, agency: a.agencyId }),
  }));
}

export function kindRows(summary: YearSummary, kindLabels: Record<AgencyKind, string>): BreakdownRow[] {
  return summary.byKind.map((k) => ({
    key: `kind-${k.kind}`,
    label: kindLabels[k.kind],
    awardCount: k.awardCount,
    incentiveTotalWon: k.incentiveTotalWon,
    href: awardsHref({ year: summary.year, kind: k.kind }),
  }));
}

export function departmentRows(summary: YearSummary): BreakdownRow[] {
  return summary.byDepartment.map((d) => ({
    key: `department-${d.departmentId}`,
    label: d.department,
    awardCount: d.awardCount,
    incentiveTotalWon: d.incentiveTotalWon,
    sharedAwardCount: d.sharedAwardCount,
    href: awardsHref({ year: summary.year, department: d.departmentId }),
  }));
}

export function gradeRows(summary: YearSummary): BreakdownRow[] {
  return summary.byGrade.map((g) => ({
    key: `grade-${g.grade ?? NO_GRADE}`,
    label: g.grade ?? "등급 없음",
    awardCount: g.awardCount,
    incentiveTotalWon: g.incentiveTotalWon,
    href: awardsHref({ year: summary.year, grade: g.grade ?? NO_GRADE }),
  }));
}
