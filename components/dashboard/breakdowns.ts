import { awardsHref } from "@/components/awards/award-links";
import type { YearSummary } from "@/lib/data/public-summary";
import type { AgencyKind } from "@/db/schema";
import { NO_GRADE } from "@/lib/validations/award-query";

export const BREAKDOWN_DIMENSIONS = ["agency", "kind", "department", "grade"] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

/** The page with every line of one breakdown of a year. */
export function breakdownHref(year: number, dimension: BreakdownDimension): string {
  return `/years/${year}/${dimension}`;
}

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

/** Up to this many lines a breakdown lists every line; beyond it, the leading lines and one for the rest. */
export const FULL_BREAKDOWN_MAX = 25;
export const LEADING_LINES = 10;

/** The lines a long breakdown leaves out, summed: "그 외 290개 부서 합계". */
export type RestLine = { lines: number; awardCount: number; incentiveTotalWon: number; sharedAwardCount?: number };

export type LeadingSplit = { leading: BreakdownRow[]; rest: RestLine | null };

/**
 * The lines a dashboard shows of one breakdown, largest first by `rank` (ties keep the given
 * order), with everything past the leading lines summed into one. Sums are over whole won and whole
 * awards, so leading plus rest always equals the full breakdown exactly.
 */
export function splitLeading(
  rows: BreakdownRow[],
  rank: (row: BreakdownRow) => number,
  { leading = LEADING_LINES, max = FULL_BREAKDOWN_MAX } = {},
): LeadingSplit {
  const ranked = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => rank(b.row) - rank(a.row) || a.i - b.i)
    .map((r) => r.row);
  if (ranked.length <= max) return { leading: ranked, rest: null };
  const tail = ranked.slice(leading);
  const shared = tail.some((r) => r.sharedAwardCount !== undefined);
  return {
    leading: ranked.slice(0, leading),
    rest: {
      lines: tail.length,
      awardCount: tail.reduce((s, r) => s + r.awardCount, 0),
      incentiveTotalWon: tail.reduce((s, r) => s + r.incentiveTotalWon, 0),
      ...(shared ? { sharedAwardCount: tail.reduce((s, r) => s + (r.sharedAwardCount ?? 0), 0) } : {}),
    },
  };
}

export const byAwardCount = (r: BreakdownRow) => r.awardCount;
export const byIncentive = (r: BreakdownRow) => r.incentiveTotalWon;
