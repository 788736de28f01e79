import "server-only";
import { and, asc, count, desc, eq, gt, isNull, max, sql } from "drizzle-orm";
import { ascending } from "@/db/sql";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/db";
import {
  agencies,
  awardDepartments,
  awards,
  editions,
  departments,
  kpiValues,
  years,
  yearEvents,
  AGENCY_KINDS,
  type AgencyKind,
} from "@/db/schema";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { checkYear } from "@/lib/validations/cached-args";
import { loadNameHistory, nameForYear } from "./names";

// Public reads take no viewer: they return only published, non-deleted rows, which anyone may see.

export type Totals = { awardCount: number; incentiveTotalWon: number };
export type AgencyTotals = Totals & { agencyId: number; agency: string; kind: AgencyKind };
export type KindTotals = Totals & { kind: AgencyKind };
export type DepartmentTotals = Totals & { departmentId: number; department: string; sharedAwardCount: number };
export type GradeTotals = Totals & { grade: string | null };

export type YearSummary = Totals & {
  year: number;
  /** True for a year kept only as totals (2022): no per-award breakdown exists. */
  baselineOnly: boolean;
  closed: boolean;
  byAgency: AgencyTotals[];
  byKind: KindTotals[];
  byDepartment: DepartmentTotals[];
  byGrade: GradeTotals[];
  /** Awards listed under more than one department, so per-department sums exceed the total. */
  sharedAwardCount: number;
  previous: (Totals & { year: number }) | null;
  reopenings: { at: number; reason: string | null }[];
};

const live = isNull(awards.deletedAt);
const sumIncentive = sql<number>`coalesce(sum(${awards.incentiveWon}), 0)`;

async function yearTotals(year: number): Promise<Totals | null> {
  const [row] = await db
    .select({ awardCount: count(), incentiveTotalWon: sumIncentive })
    .from(awards)
    .where(and(live, eq(awards.year, year)));
  if (row.awardCount > 0) return { awardCount: row.awardCount, incentiveTotalWon: Number(row.incentiveTotalWon) };
  const [baseline] = await db.select().from(years).where(eq(years.year, year)).limit(1);
  if (baseline?.baselineAwardCount != null) {
    return { awardCount: baseline.baselineAwardCount, incentiveTotalWon: baseline.baselineIncentiveWon ?? 0 };
  }
  return null;
}

/** Years that have awards or recorded totals, newest first. */
export async function listPublicYears(): Promise<number[]> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.awards, CACHE_TAGS.years, CACHE_TAGS.narrative);
  const fromAwards = await db.selectDistinct({ year: awards.year }).from(awards).where(live);
  const fromYears = await db.select({ year: years.year }).from(years);
  // A year whose edition is still being prepared is not shown until the planner publishes it.
  const drafts = await db.select({ year: editions.year }).from(editions).where(eq(editions.status, "draft"));
  const hidden = new Set(drafts.map((r) => r.year));
  return [...new Set([...fromAwards, ...fromYears].map((r) => r.year))]
    .filter((y) => !hidden.has(y))
    .sort((a, b) => b - a);
}

/**
 * Years that have per-award rows, newest first: the /awards year filter (a totals-only year would
 * list nothing). One small cache entry, where reading every year's summary for it decoded twenty
 * large ones per request (scripts/bench: /awards at 100,000 awards went from 18 to 37 req/s).
 */
export async function listAwardYears(): Promise<number[]> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.awards);
  const rows = await db.selectDistinct({ year: awards.year }).from(awards).where(live).orderBy(desc(awards.year));
  return rows.map((r) => r.year);
}

/** The newest year that has per-award rows: the dashboard's default. */
export async function latestAwardYear(): Promise<number | null> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.awards);
  const [row] = await db
    .select({ year: max(awards.year) })
    .from(awards)
    .where(live);
  return row?.year ?? null;
}

export async function getYearSummary(asked: number): Promise<YearSummary | null> {
  "use cache";
  const year = checkYear(asked);
  cacheLife("max");
  cacheTag(CACHE_TAGS.awards, CACHE_TAGS.registry, CACHE_TAGS.years);

  const totals = await yearTotals(year);
  if (!totals) return null;
  const [yearRow] = await db.select().from(years).where(eq(years.year, year)).limit(1);
  const previousTotals = await yearTotals(year - 1);
  const reopened = await db
    .select({ at: yearEvents.at, reason: yearEvents.reason })
    .from(yearEvents)
    .where(and(eq(yearEvents.year, year), eq(yearEvents.kind, "reopened")))
    .orderBy(desc(yearEvents.at));
  const reopenings = reopened.map((r) => ({ at: r.at.getTime(), reason: r.reason }));
  const base = {
    year,
    ...totals,
    closed: yearRow?.status === "closed",
    previous: previousTotals ? { year: year - 1, ...previousTotals } : null,
    reopenings,
  };

  const inYear = and(live, eq(awards.year, year));
  const history = await loadNameHistory();

  const agencyRows = await db
    .select({
      agencyId: agencies.id,
      agency: agencies.name,
      kind: agencies.kind,
      awardCount: count(),
      incentiveTotalWon: sumIncentive,
    })
    .from(awards)
    .innerJoin(agencies, eq(agencies.id, awards.agencyId))
    .where(inYear)
    .groupBy(agencies.id)
    .orderBy(asc(agencies.sortOrder), asc(agencies.name));
  const byAgency = agencyRows.map((r) => ({
    ...r,
    agency: nameForYear(history.agencies.get(r.agencyId), r.agency, year),
    incentiveTotalWon: Number(r.incentiveTotalWon),
  }));

  if (byAgency.length === 0) {
    return {
      ...base,
      baselineOnly: true,
      byAgency: [],
      byKind: [],
      byDepartment: [],
      byGrade: [],
      sharedAwardCount: 0,
    };
  }

  const byKind = AGENCY_KINDS.map((kind) => {
    const rows = byAgency.filter((a) => a.kind === kind);
    return {
      kind,
      awardCount: rows.reduce((s, r) => s + r.awardCount, 0),
      incentiveTotalWon: rows.reduce((s, r) => s + r.incentiveTotalWon, 0),
    };
  }).filter((k) => k.awardCount > 0);

  const shareCount = db
    .select({ awardId: awardDepartments.awardId, n: count().as("n") })
    .from(awardDepartments)
    .groupBy(awardDepartments.awardId)
    .as("share_count");
  const departmentRows = await db
    .select({
      departmentId: departments.id,
      department: departments.name,
      awardCount: count(),
      incentiveTotalWon: sumIncentive,
      sharedAwardCount: sql<number>`sum(case when ${shareCount.n} > 1 then 1 else 0 end)`,
    })
    .from(awardDepartments)
    .innerJoin(awards, eq(awards.id, awardDepartments.awardId))
    .innerJoin(departments, eq(departments.id, awardDepartments.departmentId))
    .innerJoin(shareCount, eq(shareCount.awardId, awards.id))
    .where(inYear)
    .groupBy(departments.id)
    .orderBy(desc(count()), desc(sumIncentive), asc(departments.sortOrder));
  const byDepartment = departmentRows.map((r) => ({
    ...r,
    department: nameForYear(history.departments.get(r.departmentId), r.department, year),
    incentiveTotalWon: Number(r.incentiveTotalWon),
    sharedAwardCount: Number(r.sharedAwardCount),
  }));

  const gradeRows = await db
    .select({ grade: awards.grade, awardCount: count(), incentiveTotalWon: sumIncentive })
    .from(awards)
    .where(inYear)
    .groupBy(awards.grade)
    .orderBy(desc(count()), ascending(awards.grade));
  const byGrade = gradeRows.map((r) => ({ ...r, incentiveTotalWon: Number(r.incentiveTotalWon) }));

  const [{ shared }] = await db
    .select({ shared: count() })
    .from(awards)
    .innerJoin(shareCount, eq(shareCount.awardId, awards.id))
    .where(and(inYear, gt(shareCount.n, 1)));
  const sharedAwardCount = shared;

  return { ...base, baselineOnly: false, byAgency, byKind, byDepartment, byGrade, sharedAwardCount };
}

/** When anything the public sees last changed (an award or a KPI value), as epoch ms. */
export async function getLastChangedAt(): Promise<number | null> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.awards, CACHE_TAGS.kpis);
  const [[a], [k]] = await Promise.all([
    db.select({ at: max(awards.updatedAt) }).from(awards),
    db.select({ at: max(kpiValues.updatedAt) }).from(kpiValues),
  ]);
  const times = [a?.at, k?.at].filter((d): d is Date => d instanceof Date).map((d) => d.getTime());
  return times.length ? Math.max(...times) : null;
}
