import "server-only";
import { asc, count, isNull, isNotNull, sql } from "drizzle-orm";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/db";
import { awards, years } from "@/db/schema";
import { CACHE_TAGS } from "@/lib/cache-tags";

// Public reads take no viewer: they return only published, non-deleted rows, which anyone may see.

export type YearTotals = {
  year: number;
  awardCount: number;
  incentiveTotalWon: number;
  /** A year kept only as its recorded totals (2022): no per-award rows. */
  baselineOnly: boolean;
};

/**
 * Awards and incentives of every recorded year, oldest first: one grouped query, where reading each
 * year's full summary for the trend decoded twenty large cache entries (24 s on a cold cache at
 * 100,000 awards). A year with award rows counts them; a year without uses its recorded totals, as
 * getYearSummary does.
 */
export async function listYearTotals(): Promise<YearTotals[]> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.awards, CACHE_TAGS.years);
  const fromAwards = await db
    .select({
      year: awards.year,
      awardCount: count(),
      incentiveTotalWon: sql<number>`coalesce(sum(${awards.incentiveWon}), 0)`,
    })
    .from(awards)
    .where(isNull(awards.deletedAt))
    .groupBy(awards.year);
  const baselines = await db
    .select({ year: years.year, awardCount: years.baselineAwardCount, incentiveWon: years.baselineIncentiveWon })
    .from(years)
    .where(isNotNull(years.baselineAwardCount))
    .orderBy(asc(years.year));
  const byYear = new Map<number, YearTotals>();
  for (const b of baselines)
    byYear.set(b.year, {
      year: b.year,
      awardCount: b.awardCount ?? 0,
      incentiveTotalWon: b.incentiveWon ?? 0,
      baselineOnly: true,
    });
  for (const r of fromAwards)
    byYear.set(r.year, {
      year: r.year,
      awardCount: r.awardCount,
      incentiveTotalWon: Number(r.incentiveTotalWon),
      baselineOnly: false,
    });
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
