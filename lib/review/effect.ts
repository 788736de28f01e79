/**
 * What approving a change would do to a year's published totals (award count and incentive total),
 * so a planner sees "61건 → 62건" before pressing 승인. Pure: the caller passes the current totals.
 */

export type Totals = { awardCount: number; incentiveTotalWon: number };

/**
 * A year as the public summary computes it: from its award rows, or from the totals kept for a
 * baseline year (2022) while it has no rows. The first award row replaces the baseline, and the
 * preview shows that too.
 */
export type YearTotalsSource = { rows: Totals; baseline: Totals | null };

/** The award as it is published now (before) and as it would be (after); null where it does not exist. */
export type AwardChange = {
  before: { year: number; incentiveWon: number | null } | null;
  after: { year: number; incentiveWon: number | null } | null;
};

export type YearEffect = { year: number; before: Totals; after: Totals };

const ZERO: Totals = { awardCount: 0, incentiveTotalWon: 0 };

export function publishedTotals(source: YearTotalsSource | undefined): Totals {
  if (!source) return ZERO;
  return source.rows.awardCount > 0 ? source.rows : (source.baseline ?? source.rows);
}

/**
 * Each affected year's totals before and after the change, or after a batch of changes approved
 * together (two years when an award's year itself changes).
 */
export function totalsEffect(
  changes: AwardChange | readonly AwardChange[],
  totalsByYear: ReadonlyMap<number, YearTotalsSource>,
): YearEffect[] {
  const delta = new Map<number, Totals>();
  const add = (year: number, count: number, won: number | null) => {
    const d = delta.get(year) ?? { ...ZERO };
    delta.set(year, { awardCount: d.awardCount + count, incentiveTotalWon: d.incentiveTotalWon + count * (won ?? 0) });
  };
  for (const change of Array.isArray(changes) ? changes : [changes]) {
    if (change.before) add(change.before.year, -1, change.before.incentiveWon);
    if (change.after) add(change.after.year, +1, change.after.incentiveWon);
  }

  return [...delta.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, d]) => {
      const source = totalsByYear.get(year);
      const rows = source?.rows ?? ZERO;
      const nextRows = {
        awardCount: rows.awardCount + d.awardCount,
        incentiveTotalWon: rows.incentiveTotalWon + d.incentiveTotalWon,
      };
      return {
        year,
        before: publishedTotals(source),
        after: publishedTotals({ rows: nextRows, baseline: source?.baseline ?? null }),
      };
    });
}
