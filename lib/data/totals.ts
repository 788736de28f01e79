import "server-only";
import { authorize } from "@/lib/auth/can";
import { count, desc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { awards, users, yearEvents, years, type YearEvent } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { publishedTotals, type Totals, type YearTotalsSource } from "@/lib/review/effect";

// Planners' view of the years: the published totals per year, as the public summary computes them,
// with each year's status and its history of closing and reopening.

export type YearEventView = Pick<YearEvent, "id" | "kind" | "reason" | "at"> & { actor: string | null };

export type YearOverview = Totals & {
  year: number;
  status: "open" | "closed";
  version: number;
  /** Kept as printed totals only (2022): there are no award rows to break down. */
  baselineOnly: boolean;
  /** Against the year before, when that year has figures. */
  change: Totals | null;
  events: YearEventView[];
};

function plannerOnly(viewer: Viewer) {
  authorize(viewer, "totals.read");
}

/** Every year with award rows or a row in `years`: its rows' totals and its baseline, if any. */
async function totalsSources(): Promise<Map<number, YearTotalsSource>> {
  const sources = new Map<number, YearTotalsSource>();
  for (const y of await db.select().from(years)) {
    const baseline =
      y.baselineAwardCount === null
        ? null
        : { awardCount: y.baselineAwardCount, incentiveTotalWon: y.baselineIncentiveWon ?? 0 };
    sources.set(y.year, { rows: { awardCount: 0, incentiveTotalWon: 0 }, baseline });
  }
  const rows = await db
    .select({
      year: awards.year,
      awardCount: count(),
      incentiveTotalWon: sql<number>`coalesce(sum(${awards.incentiveWon}), 0)`,
    })
    .from(awards)
    .where(isNull(awards.deletedAt))
    .groupBy(awards.year);
  for (const r of rows) {
    const totals = { awardCount: r.awardCount, incentiveTotalWon: Number(r.incentiveTotalWon) };
    sources.set(r.year, { rows: totals, baseline: sources.get(r.year)?.baseline ?? null });
  }
  return sources;
}

/** Published totals per year, for previewing what an approval would change. */
export async function yearTotalsSources(viewer: Viewer): Promise<Map<number, YearTotalsSource>> {
  plannerOnly(viewer);
  return await totalsSources();
}

/** Years newest first, with totals, year-over-year change, status and closing history. */
export async function listYearOverview(viewer: Viewer): Promise<YearOverview[]> {
  plannerOnly(viewer);
  const sources = await totalsSources();
  const statuses = new Map((await db.select().from(years)).map((y) => [y.year, y]));
  const events = await db
    .select({
      id: yearEvents.id,
      year: yearEvents.year,
      kind: yearEvents.kind,
      reason: yearEvents.reason,
      at: yearEvents.at,
      actor: users.displayName,
    })
    .from(yearEvents)
    .leftJoin(users, eq(users.id, yearEvents.actorId))
    .orderBy(desc(yearEvents.at), desc(yearEvents.id));
  return [...sources.keys()]
    .sort((a, b) => b - a)
    .map((year) => {
      const totals = publishedTotals(sources.get(year));
      const previous = sources.has(year - 1) ? publishedTotals(sources.get(year - 1)) : null;
      const row = statuses.get(year);
      return {
        year,
        ...totals,
        status: row?.status ?? "open",
        version: row?.version ?? 1,
        baselineOnly: (sources.get(year)?.rows.awardCount ?? 0) === 0,
        change: previous
          ? {
              awardCount: totals.awardCount - previous.awardCount,
              incentiveTotalWon: totals.incentiveTotalWon - previous.incentiveTotalWon,
            }
          : null,
        events: events.filter((e) => e.year === year).map(({ year: _year, ...e }) => e),
      };
    });
}
