import { describe, expect, it } from "vitest";
import { totalsEffect, type YearTotalsSource } from "./effect";

const M = 1_000_000;
const totals: Map<number, YearTotalsSource> = new Map([
  [
    2022,
    { rows: { awardCount: 0, incentiveTotalWon: 0 }, baseline: { awardCount: 45, incentiveTotalWon: 942_600_000 } },
  ],
  [2023, { rows: { awardCount: 61, incentiveTotalWon: 1_270_500_000 }, baseline: null }],
]);

describe("totalsEffect", () => {
  it("adds a new award to its year", () => {
    expect(totalsEffect({ before: null, after: { year: 2023, incentiveWon: 5 * M } }, totals)).toEqual([
      {
        year: 2023,
        before: { awardCount: 61, incentiveTotalWon: 1_270_500_000 },
        after: { awardCount: 62, incentiveTotalWon: 1_275_500_000 },
      },
    ]);
  });

  it("takes a deleted award out, counting no incentive as 0", () => {
    expect(totalsEffect({ before: { year: 2023, incentiveWon: null }, after: null }, totals)).toEqual([
      {
        year: 2023,
        before: { awardCount: 61, incentiveTotalWon: 1_270_500_000 },
        after: { awardCount: 60, incentiveTotalWon: 1_270_500_000 },
      },
    ]);
  });

  it("shows only the incentive moving for an edit within the year", () => {
    const [effect] = totalsEffect(
      { before: { year: 2023, incentiveWon: 100 * M }, after: { year: 2023, incentiveWon: 150 * M } },
      totals,
    );
    expect(effect.after).toEqual({ awardCount: 61, incentiveTotalWon: 1_320_500_000 });
  });

  it("shows both years when an edit moves the award, including a baseline year losing its printed totals", () => {
    expect(
      totalsEffect(
        { before: { year: 2023, incentiveWon: 100 * M }, after: { year: 2022, incentiveWon: 100 * M } },
        totals,
      ),
    ).toEqual([
      {
        year: 2022,
        before: { awardCount: 45, incentiveTotalWon: 942_600_000 },
        after: { awardCount: 1, incentiveTotalWon: 100 * M },
      },
      {
        year: 2023,
        before: { awardCount: 61, incentiveTotalWon: 1_270_500_000 },
        after: { awardCount: 60, incentiveTotalWon: 1_170_500_000 },
      },
    ]);
  });

  it("starts a year with no record from zero", () => {
    expect(totalsEffect({ before: null, after: { year: 2024, incentiveWon: null } }, totals)).toEqual([
      { year: 2024, before: { awardCount: 0, incentiveTotalWon: 0 }, after: { awardCount: 1, incentiveTotalWon: 0 } },
    ]);
  });
});
