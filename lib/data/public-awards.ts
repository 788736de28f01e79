import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/db";
import { withoutIndex } from "@/db/planner-hints";
import { ascending, caseInsensitiveLike, descending, inIdList, noRow, sameValue } from "@/db/sql";
import { agencies, awardDepartments, awards, departments, type AgencyKind } from "@/db/schema";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { NO_GRADE, type AwardQuery } from "@/lib/validations/award-query";
import { checkAwardFilters, checkAwardPage } from "@/lib/validations/cached-args";
import { withoutIncentiveLast } from "./award-order";
import { publicEvidenceOf, type PublicEvidence } from "./evidence";
import { awardSearchCondition } from "./award-search-condition";
import { loadNameHistory, nameForYear, type NameHistory } from "./names";

// Public reads take no viewer: they return only published, non-deleted rows, which anyone may see.

export type PublicAward = {
  id: number;
  /** Goes up with each change; the import compares it to tell an edit from a stale copy. */
  version: number;
  year: number;
  title: string;
  grade: string | null;
  incentiveWon: number | null;
  /** 수상일 (YYYY-MM-DD) where the office recorded it. */
  awardedOn: string | null;
  /** 비고 */
  remarks: string | null;
  agency: { id: number; name: string; kind: AgencyKind };
  departments: { id: number; name: string }[];
};

export type AwardPage = {
  rows: PublicAward[];
  total: number;
  incentiveTotalWon: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** By award id, for the list (not the downloads): that evidence exists, and the files made public. */
  evidence: Record<number, PublicEvidence>;
};

/**
 * A text search reads every candidate row's text, so its query is one pass over the table, never a
 * walk through an index that fetches rows one by one: through the partial index on live rows SQLite
 * fetched each of 100,000 rows by rowid (152 ms) where a plain pass takes 23 ms, and walking a sort
 * index until a page of matches is found took 135 ms for a rare word. The pass also yields the
 * totals of all matches. Each place where a search's query differs asks this.
 */
function scansTable(query: Pick<AwardQuery, "q">): boolean {
  return Boolean(query.q);
}

/** The column, kept off the indexes when the query scans the table. */
function scanKey(query: Pick<AwardQuery, "q">, column: SQLiteColumn): SQLiteColumn | SQL {
  return scansTable(query) ? withoutIndex(column) : column;
}

function filters(query: Omit<AwardQuery, "page" | "pageSize" | "sort" | "dir">): SQL | undefined {
  const conditions: (SQL | undefined)[] = [isNull(scanKey(query, awards.deletedAt))];
  if (query.year) conditions.push(eq(awards.year, query.year));
  if (query.agency) conditions.push(eq(awards.agencyId, query.agency));
  // Bodies are matched through a subquery rather than the join, so the totals query needs no join
  // (every award has a body: agency_id is a non-null foreign key).
  if (query.kind)
    conditions.push(
      inArray(awards.agencyId, db.select({ id: agencies.id }).from(agencies).where(eq(agencies.kind, query.kind))),
    );
  if (query.department) {
    conditions.push(
      inArray(
        awards.id,
        db
          .select({ id: awardDepartments.awardId })
          .from(awardDepartments)
          .where(eq(awardDepartments.departmentId, query.department)),
      ),
    );
  }
  if (query.grade) conditions.push(query.grade === NO_GRADE ? isNull(awards.grade) : eq(awards.grade, query.grade));
  conditions.push(awardSearchCondition(query.q));
  return and(...conditions);
}

/** One sort key: what a row is ordered by, which way, and whether it may be NULL (SQLite orders NULL lowest). */
type OrderKey = { expr: SQLiteColumn | SQL; dir: "asc" | "desc"; nullable: boolean; of: (row: AwardRow) => unknown };

function orderKeys(query: Pick<AwardQuery, "sort" | "dir" | "q">): OrderKey[] {
  const key = (column: SQLiteColumn) => scanKey(query, column);
  const dir = query.dir === "desc" ? "desc" : "asc";
  const id: OrderKey = { expr: key(awards.id), dir: "asc", nullable: false, of: (r) => r.id };
  const sourceOrder = (d: "asc" | "desc"): OrderKey => ({
    expr: key(awards.sourceOrder),
    dir: d,
    nullable: true,
    of: (r) => r.sourceOrder,
  });
  switch (query.sort) {
    case "year":
      return [{ expr: key(awards.year), dir, nullable: false, of: (r) => r.year }, sourceOrder("asc"), id];
    case "title":
      // The natural 가나다 key (lib/search/normalize.ts): 제1회, 제8기, 제10회.
      return [{ expr: key(awards.titleSort), dir, nullable: true, of: (r) => r.titleSort }, id];
    case "agency":
      return [
        { expr: agencies.sortOrder, dir, nullable: false, of: (r) => r.agencySortOrder },
        { expr: agencies.name, dir, nullable: false, of: (r) => r.agencyName },
        sourceOrder("asc"),
        id,
      ];
    case "grade":
      return [{ expr: key(awards.grade), dir, nullable: true, of: (r) => r.grade }, id];
    case "incentive":
      // Awards without an incentive ("-") last in both directions, after those of 0.
      return [
        {
          expr: withoutIncentiveLast(key(awards.incentiveWon)),
          dir: "asc",
          nullable: false,
          of: (r) => (r.incentiveWon === null ? 1 : 0),
        },
        { expr: key(awards.incentiveWon), dir, nullable: true, of: (r) => r.incentiveWon },
        id,
      ];
    case "order":
    default:
      return [
        { expr: key(awards.year), dir: "desc", nullable: false, of: (r) => r.year },
        sourceOrder(dir),
        { ...id, dir },
      ];
  }
}

function ordering(query: Pick<AwardQuery, "sort" | "dir" | "q">): SQL[] {
  return orderKeys(query).map((k) => (k.dir === "desc" ? descending(k.expr) : ascending(k.expr)));
}

/**
 * Rows after `last` in the order of `keys` (keyset pagination): equal on the first i keys and past
 * it on key i, for some i. NULL sorts lowest, so after a NULL in ascending order come the non-NULL
 * values, and in descending order the NULLs come last.
 */
function after(keys: OrderKey[], last: AwardRow): SQL {
  const terms: SQL[] = [];
  keys.forEach((k, i) => {
    const v = k.of(last);
    const past =
      k.dir === "asc"
        ? v === null
          ? sql`${k.expr} is not null`
          : sql`${k.expr} > ${v}`
        : v === null
          ? null
          : k.nullable
            ? sql`(${k.expr} < ${v} or ${k.expr} is null)`
            : sql`${k.expr} < ${v}`;
    if (past) terms.push(and(...keys.slice(0, i).map((e) => sameValue(e.expr, e.of(last))), past)!);
  });
  return terms.length ? or(...terms)! : noRow();
}

/** Departments of the given awards, each under the name in force in the award's year. */
async function departmentsFor(
  rows: { id: number; year: number }[],
  history: NameHistory,
): Promise<Map<number, { id: number; name: string }[]>> {
  const result = new Map<number, { id: number; name: string }[]>();
  if (rows.length === 0) return result;
  const yearOf = new Map(rows.map((r) => [r.id, r.year]));
  // A department merged or split away: the award belongs to its successor (id, filters, totals)
  // and keeps the name it was published under (award_departments.published_as).
  // (A correlated subquery, not a join of an aliased table: Drizzle's aliases are per dialect.)
  const shownId = sql<number>`coalesce(${awardDepartments.publishedAs}, ${awardDepartments.departmentId})`;
  const links = await db
    .select({
      awardId: awardDepartments.awardId,
      id: departments.id,
      shownId,
      name: sql<string>`(select s.name from departments s where s.id = ${shownId})`,
    })
    .from(awardDepartments)
    .innerJoin(departments, eq(departments.id, awardDepartments.departmentId))
    // One bound parameter (a JSON array) however many awards: an IN list of ids passes SQLite's
    // 32,766-variable limit on a large download.
    .where(inIdList(awardDepartments.awardId, [...yearOf.keys()]))
    .orderBy(asc(departments.sortOrder), asc(departments.id));
  for (const l of links) {
    const list = result.get(l.awardId) ?? [];
    list.push({ id: l.id, name: nameForYear(history.departments.get(l.shownId), l.name, yearOf.get(l.awardId)!) });
    result.set(l.awardId, list);
  }
  return result;
}

/**
 * The row query behind the award list and the download, without departments. Exported so a test can
 * check its plan against the indexes (award-query-plan.test.ts).
 */
export function awardRowsQuery(
  query: Omit<AwardQuery, "page" | "pageSize">,
  page?: { limit: number; offset: number },
  chunk?: { limit: number; after: AwardRow | null },
) {
  // A page of a search passes over every row anyway (scansTable), so its rows also carry the count
  // and incentive sum of all matches, saving queryAwardPage a second pass. Anything else selects
  // nulls: a window over the result would stop LIMIT from ending the walk of an index early.
  const carryTotals = scansTable(query) && page !== undefined;
  const columns = {
    id: awards.id,
    version: awards.version,
    year: awards.year,
    title: awards.title,
    titleSort: awards.titleSort,
    grade: awards.grade,
    incentiveWon: awards.incentiveWon,
    awardedOn: awards.awardedOn,
    remarks: awards.remarks,
    agencyId: agencies.id,
    agencyName: agencies.name,
    agencyKind: agencies.kind,
    agencySortOrder: agencies.sortOrder,
    sourceOrder: awards.sourceOrder,
    matchCount: sql<number | null>`${carryTotals ? sql`count(*) over ()` : sql`null`}`,
    matchIncentive: sql<
      number | null
    >`${carryTotals ? sql`coalesce(sum(${awards.incentiveWon}) over (), 0)` : sql`null`}`,
  };
  const joined = eq(agencies.id, awards.agencyId);
  // Sorted by body, the bodies come first: SQLite walks them in display order and reads each one's
  // awards from its index, so LIMIT stops early (15 ms at 100,000 awards) instead of sorting every
  // award (200 ms). A CROSS JOIN is how SQLite is told which table leads. A search keeps the
  // ordinary join: it passes over the awards table anyway (scansTable).
  const bodiesFirst = query.sort === "agency" && !scansTable(query);
  const q = bodiesFirst
    ? db
        .select(columns)
        .from(agencies)
        .crossJoin(awards)
        .where(and(joined, filters(query), chunk?.after ? after(orderKeys(query), chunk.after) : undefined))
        .orderBy(...ordering(query))
        .$dynamic()
    : db
        .select(columns)
        .from(awards)
        .innerJoin(agencies, joined)
        .where(and(filters(query), chunk?.after ? after(orderKeys(query), chunk.after) : undefined))
        .orderBy(...ordering(query))
        .$dynamic();
  return page ? q.limit(page.limit).offset(page.offset) : chunk ? q.limit(chunk.limit) : q;
}

/**
 * Count and incentive sum of every match, for the page's summary line. No join: with the partial
 * indexes on live awards, an unfiltered or by-year total is read from an index alone.
 */
export function awardTotalsQuery(query: Omit<AwardQuery, "page" | "pageSize" | "sort" | "dir">) {
  return db
    .select({ total: count(), incentive: sql<number>`coalesce(sum(${awards.incentiveWon}), 0)` })
    .from(awards)
    .where(filters(query));
}

type AwardRow = {
  id: number;
  version: number;
  year: number;
  title: string;
  titleSort: string | null;
  grade: string | null;
  incentiveWon: number | null;
  awardedOn: string | null;
  remarks: string | null;
  agencyId: number;
  agencyName: string;
  agencyKind: AgencyKind;
  agencySortOrder: number;
  sourceOrder: number | null;
};

/** Rows as the public sees them: names in force in each award's year, with its departments. */
async function toPublicAwards(rows: AwardRow[]): Promise<PublicAward[]> {
  const history = await loadNameHistory();
  const deps = await departmentsFor(rows, history);
  return rows.map((r) => ({ ...toPublicAward(r, history), departments: deps.get(r.id) ?? [] }));
}

function toPublicAward(r: AwardRow, history: NameHistory): PublicAward {
  return {
    id: r.id,
    version: r.version,
    year: r.year,
    title: r.title,
    grade: r.grade,
    incentiveWon: r.incentiveWon,
    awardedOn: r.awardedOn,
    remarks: r.remarks,
    agency: {
      id: r.agencyId,
      name: nameForYear(history.agencies.get(r.agencyId), r.agencyName, r.year),
      kind: r.agencyKind,
    },
    departments: [],
  };
}

/** One page of published awards matching the query, with the count and incentive total of all matches. */
export async function listPublicAwards(query: AwardQuery): Promise<AwardPage> {
  "use cache";
  const checked = checkAwardPage(query);
  cacheLife("max");
  cacheTag(CACHE_TAGS.awards, CACHE_TAGS.registry);
  return await queryAwardPage(checked);
}

/** listPublicAwards without the cache: what a cache miss costs. Exported for scripts/bench/query-bench.ts. */
export async function queryAwardPage(query: AwardQuery): Promise<AwardPage> {
  const rows = await awardRowsQuery(query, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  // A search's rows carry its totals; only an empty page past the first leaves them unknown.
  const carried = scansTable(query) && (rows.length > 0 || query.page === 1);
  const totals = carried
    ? { total: rows[0]?.matchCount ?? 0, incentive: rows[0]?.matchIncentive ?? 0 }
    : (await awardTotalsQuery(query))[0];
  const evidence = await publicEvidenceOf(rows.map((r) => r.id));
  return {
    rows: await toPublicAwards(rows),
    evidence: Object.fromEntries(evidence),
    total: totals.total,
    incentiveTotalWon: Number(totals.incentive),
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(totals.total / query.pageSize)),
  };
}

/**
 * Every published award matching the query, in the screen's order, as chunks read one query each
 * (keyset pagination: each chunk starts after the last row of the one before), so a download of
 * 100,000 awards holds one chunk at a time and never binds a list of ids. No cursor is held open
 * between chunks: the one database connection stays free for other requests while a chunk is sent.
 */
export async function* streamPublicAwards(
  query: Omit<AwardQuery, "page" | "pageSize">,
  chunkSize = 2_000,
): AsyncGenerator<PublicAward[]> {
  const checked = checkAwardFilters(query);
  let last: AwardRow | null = null;
  for (;;) {
    const rows: AwardRow[] = await awardRowsQuery(checked, undefined, { limit: chunkSize, after: last });
    if (rows.length === 0) return;
    last = rows[rows.length - 1];
    yield await toPublicAwards(rows);
    if (rows.length < chunkSize) return;
    // Let other requests run between chunks.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Every published award matching the query, for tests that compare a download with the screen. */
export async function listAllPublicAwards(query: Omit<AwardQuery, "page" | "pageSize">): Promise<PublicAward[]> {
  const all: PublicAward[] = [];
  for await (const chunk of streamPublicAwards(query)) all.push(...chunk);
  return all;
}
