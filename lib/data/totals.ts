import "server-only";
import { count, desc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { awards, users, yearEvents, years, type YearEvent } from "@/db/schema";
import { isPlanner } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { ForbiddenError } from "@/lib/errors";
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
  if (!isPlanner(viewer)) throw new ForbiddenError("집계는 검토 부서만 볼 수 있습니다.");
}

/** Every year with award rows or a row in `years`: its rows' totals and its baseline, if any. */
function totalsSources(): Map<number, YearTotalsSource> {
  const sources = new Map<number, YearTotalsSource>();
  for (const y of db.select().from(years).all()) {
    const baseline =
      y.baselineAwardCount === null
        ? null
        : { awardCount: y.baselineAwardCount, incentiveTotalWon: y.baselineIncentiveWon ?? 0 };
    sources.set(y.year, { rows: { awardCount: 0, incentiveTotalWon: 0 }, baseline });
  }
  const rows = db
    .select({
      year: awards.year,
      awardCount: count(),
      incentiveTotalWon: sql<number>`coalesce(sum(${awards.incentiveWon}), 0)`,
    })
    .from(awards)
    .where(isNull(awards.deletedAt))
    .groupBy(awards.year)
    .all();
  for (const r of rows) {
    const totals = { awardCount: r.awardCount, incentiveTotalWon: Number(r.incentiveTotalWon) };
    sources.set(r.year, { rows: totals, baseline: sources.get(r.year)?.baseline ?? null });
  }
  return sources;
}

/** Published totals per year, for previewing what an approval would change. */
export function yearTotalsSources(viewer: Viewer): Map<number, YearTotalsSource> {
  plannerOnly(viewer);
  return totalsSources();
}

/** Years newest first, with totals, year-over-year change, status and closing history. */
export function listYearOverview(viewer: Viewer): YearOverview[] {
  plannerOnly(viewer);
  const sources = totalsSources();
  const statuses = new Map(
    db
      .select()
      .from(years)
      .all()
      .map((y) => [y.year, y]),
  );
  const events = db
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
    .orderBy(desc(yearEvents.at), desc(yearEvents.id))
    .all();
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
