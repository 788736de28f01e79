import { describe, expect, it } from "vitest";
import { awards2023 } from "@/db/seed/awards-2023";
import { seedPolicyAreas } from "@/db/seed/policy-areas";
import { seedYears } from "@/db/seed/years";
import { parseMillionWon } from "@/lib/money";
import { liveTotals, quoteDiffers, type QuotedTotal } from "@/lib/narrative/quoted-total";
import { type AwardChange, totalsEffect, type YearTotalsSource } from "./effect";
import { quoteWarnings } from "./quote-effect";

const M = 1_000_000;
// The seeded record's totals, computed from its rows and the printed 2022 baseline.
const baseline2022 = seedYears.find((y) => y.year === 2022)!;
const totals: Map<number, YearTotalsSource> = new Map([
  [
    2022,
    {
      rows: { awardCount: 0, incentiveTotalWon: 0 },
      baseline: {
        awardCount: baseline2022.baselineAwardCount!,
        incentiveTotalWon: parseMillionWon(baseline2022.baselineIncentiveMillionWon!)!,
      },
    },
  ],
  [
    2023,
    {
      rows: {
        awardCount: awards2023.length,
        incentiveTotalWon: awards2023.reduce((sum, a) => sum + (a.incentive ? parseMillionWon(a.incentive)! : 0), 0),
      },
      baseline: null,
    },
  ],
]);
const quotes: QuotedTotal[] = seedPolicyAreas.flatMap((a) => a.points.flatMap((p) => p.quotesTotal ?? []));
const add = (year: number, incentiveWon: number | null): AwardChange => ({
  before: null,
  after: { year, incentiveWon },
});
const remove = (year: number, incentiveWon: number | null): AwardChange => ({
  before: { year, incentiveWon },
  after: null,
});
const warningsFor = (changes: AwardChange[], sources = totals) =>
  quoteWarnings(quotes, totalsEffect(changes, sources), sources);

describe("the seeded quote", () => {
  it("is one sentence whose figures are the seeded record's", () => {
    expect(quotes).toHaveLength(1);
    const live = liveTotals(totals.get(2023)!.rows, totals.get(2022)!.baseline);
    expect(quoteDiffers(quotes[0], live)).toBe(false);
  });
});

describe("quoteWarnings", () => {
  it("warns when approving a new award for the quoted year, with the totals it would leave", () => {
    const [warning, ...rest] = warningsFor([add(2023, 7.3 * M)]);
    expect(rest).toEqual([]);
    expect(warning.alreadyDiffers).toBe(false);
    expect(warning.quote).toBe(quotes[0]);
    expect(warning.after).toEqual({
      awardCount: quotes[0].awardCount + 1,
      incentiveTotalWon: quotes[0].incentiveTotalWon + 7.3 * M,
      change: {
        awardCount: quotes[0].change!.awardCount + 1,
        incentiveTotalWon: quotes[0].change!.incentiveTotalWon + 7.3 * M,
      },
    });
  });

  it("stays silent when the quoted figures survive: a batch that adds and removes the same amount", () => {
    expect(warningsFor([add(2023, 5 * M), remove(2023, 5 * M)])).toEqual([]);
  });

  it("stays silent for another year, and for an edit that changes neither count nor total", () => {
    expect(warningsFor([add(2021, 5 * M)])).toEqual([]);
    expect(warningsFor([{ before: { year: 2023, incentiveWon: M }, after: { year: 2023, incentiveWon: M } }])).toEqual(
      [],
    );
  });

  it("warns when the year before changes, since the sentence quotes the change against it", () => {
    const [warning] = warningsFor([add(2022, M)]);
    expect(warning.after?.awardCount).toBe(quotes[0].awardCount);
    expect(warning.after?.change?.awardCount).toBe(quotes[0].awardCount - 1);
  });

  it("says when the sentence already differs from the record before this approval", () => {
    const moved = new Map(totals);
    const rows = totals.get(2023)!.rows;
    moved.set(2023, {
      rows: { awardCount: rows.awardCount + 1, incentiveTotalWon: rows.incentiveTotalWon },
      baseline: null,
    });
    const [warning] = warningsFor([add(2023, M)], moved);
    expect(warning.alreadyDiffers).toBe(true);
    // Approving a change that restores the quoted figures warns of nothing.
    expect(warningsFor([remove(2023, null)], moved)).toEqual([]);
  });
});
