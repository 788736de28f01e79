import { describe, expect, it } from "vitest";
import { seededDb } from "@/test/db";
import { getYearSummary, listPublicYears } from "./public-summary";
import { listYearTotals } from "./year-trends";

await seededDb();

describe("listYearTotals (the dashboard's 연도별 추이)", () => {
  it("gives every public year, oldest first, with the same totals as that year's summary", async () => {
    const trend = await listYearTotals();
    expect(trend.map((t) => t.year)).toEqual([...(await listPublicYears())].sort((a, b) => a - b));
    for (const t of trend) {
      const summary = await getYearSummary(t.year);
      expect(t).toEqual({
        year: t.year,
        awardCount: summary?.awardCount,
        incentiveTotalWon: summary?.incentiveTotalWon,
        baselineOnly: summary?.baselineOnly,
      });
    }
    // The record: 2022 kept as totals only, 2023 with its 61 awards.
    expect(trend.find((t) => t.year === 2022)?.baselineOnly).toBe(true);
    expect(trend.find((t) => t.year === 2023)).toMatchObject({ awardCount: 61, incentiveTotalWon: 1_270_500_000 });
  });
});
