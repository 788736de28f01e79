import type { YearSummary } from "@/lib/data/public-summary";
import type { YearOverview } from "@/lib/data/totals";
import { formatCount, formatMillionWon, formatSigned } from "@/lib/format";
import type { AgencyKind } from "@/db/schema";
import { wonToMillionWon } from "@/lib/money";
import { MILLION_WON_FORMAT, type XlsxColumn } from "@/lib/xlsx";
import { SUM_ROW_LABEL } from "./export-info";

/** One line of the totals report: a group ("부서별"), a name in it, and its count and incentive. */
export type TotalsLine = {
  group: string;
  label: string;
  awardCount: number;
  incentiveTotalWon: number;
  note: string | null;
};

export const TOTALS_GROUPS = {
  year: "연도별",
  kind: "기관 유형별",
  agency: "주관기관별",
  department: "부서별",
  grade: "등급별",
} as const;

export const TOTALS_COLUMNS: XlsxColumn<TotalsLine>[] = [
  { header: "구분", value: (l) => l.group },
  { header: "항목", value: (l) => l.label },
  { header: "수상 건수(건)", value: (l) => l.awardCount },
  { header: "인센티브(백만원)", value: (l) => wonToMillionWon(l.incentiveTotalWon), numFmt: MILLION_WON_FORMAT },
  { header: "비고", value: (l) => l.note },
];

/** "전년 대비 +16건 / +327.9백만원" */
export function changeText(change: { awardCount: number; incentiveTotalWon: number }): string {
  const count = formatSigned(`${formatCount(change.awardCount)}건`, change.awardCount === 0);
  const money = formatSigned(
    formatMillionWon(change.incentiveTotalWon, { unit: true }),
    change.incentiveTotalWon === 0,
  );
  return `전년 대비 ${count} / ${money}`;
}

/**
 * Every year, then the chosen year broken down by kind of body, body, department and grade. Each
 * breakdown but the departments' adds up to the year: an award shared by departments counts for each.
 */
export function totalsLines(
  years: readonly YearOverview[],
  summary: YearSummary | null,
  kindLabels: Record<AgencyKind, string>,
): TotalsLine[] {
  const lines: TotalsLine[] = years.map((y) => ({
    group: TOTALS_GROUPS.year,
    label: `${y.year}년`,
    awardCount: y.awardCount,
    incentiveTotalWon: y.incentiveTotalWon,
    note:
      [
        y.baselineOnly ? "합계만 보관" : null,
        y.change ? changeText(y.change) : null,
        y.status === "closed" ? "마감" : null,
      ]
        .filter(Boolean)
        .join(", ") || null,
  }));
  if (!summary || summary.baselineOnly) return lines;
  const line = (
    group: string,
    label: string,
    t: { awardCount: number; incentiveTotalWon: number },
    note: string | null = null,
  ) => ({ group, label, ...t, note });
  return [
    ...lines,
    ...summary.byKind.map((k) => line(TOTALS_GROUPS.kind, kindLabels[k.kind], k)),
    ...summary.byAgency.map((a) => line(TOTALS_GROUPS.agency, a.agency, a, kindLabels[a.kind])),
    ...summary.byDepartment.map((d) =>
      line(
        TOTALS_GROUPS.department,
        d.department,
        d,
        d.sharedAwardCount ? `공동 수상 ${d.sharedAwardCount}건 포함` : null,
      ),
    ),
    ...summary.byGrade.map((g) => line(TOTALS_GROUPS.grade, g.grade ?? "등급 없음", g)),
  ];
}

/** The chosen year's totals, which every breakdown but the departments' adds up to. */
export function totalsSumLine(summary: YearSummary): TotalsLine {
  return {
    group: SUM_ROW_LABEL,
    label: `${summary.year}년`,
    awardCount: summary.awardCount,
    incentiveTotalWon: summary.incentiveTotalWon,
    note: summary.sharedAwardCount ? `공동 수상 ${summary.sharedAwardCount}건은 부서별에서 부서마다 셈` : null,
  };
}

/** ASCII, for Content-Disposition. */
export function totalsFilename(year: number, format: "xlsx" | "csv"): string {
  return `totals-${year}.${format}`;
}
