import type { Totals, YearSummary } from "@/lib/data/public-summary";
import { agencyKindLabels, licenceOf, type OrganisationIdentity } from "@/lib/organisation";
import { wonToMillionWon } from "@/lib/money";

type TotalsJson = { awardCount: number; incentiveTotalWon: number; incentiveTotalMillionWon: number };

function totals(t: Totals): TotalsJson {
  return {
    awardCount: t.awardCount,
    incentiveTotalWon: t.incentiveTotalWon,
    incentiveTotalMillionWon: wonToMillionWon(t.incentiveTotalWon),
  };
}

/**
 * A year's summary as the open data API publishes it. Amounts come both as integer won (exact, for
 * sums) and as 백만원 (the unit the document prints). A year kept only as totals (2022) has
 * `baselineOnly: true` and empty breakdowns.
 */
export function toSummaryJson(summary: YearSummary, lastChangedAt: number | null, org: OrganisationIdentity) {
  const kindLabels = agencyKindLabels(org.province);
  const previous = summary.previous;
  return {
    year: summary.year,
    ...totals(summary),
    baselineOnly: summary.baselineOnly,
    previousYear: previous ? { year: previous.year, ...totals(previous) } : null,
    change: previous
      ? totals({
          awardCount: summary.awardCount - previous.awardCount,
          incentiveTotalWon: summary.incentiveTotalWon - previous.incentiveTotalWon,
        })
      : null,
    byAgency: summary.byAgency.map((a) => ({ agencyId: a.agencyId, agency: a.agency, kind: a.kind, ...totals(a) })),
    byKind: summary.byKind.map((k) => ({ kind: k.kind, kindLabel: kindLabels[k.kind], ...totals(k) })),
    byDepartment: summary.byDepartment.map((d) => ({
      departmentId: d.departmentId,
      department: d.department,
      ...totals(d),
      sharedAwardCount: d.sharedAwardCount,
    })),
    byGrade: summary.byGrade.map((g) => ({ grade: g.grade, ...totals(g) })),
    sharedAwardCount: summary.sharedAwardCount,
    lastChangedAt: lastChangedAt === null ? null : new Date(lastChangedAt).toISOString(),
    license: licenceOf(org),
  };
}

export type SummaryJson = ReturnType<typeof toSummaryJson>;
