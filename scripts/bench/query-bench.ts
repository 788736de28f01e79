// Times the /awards query in-process against DATABASE_URL, without Next's cache: each of N
// different filter/sort/page combinations runs once (after a warm-up pass over other ones), as a
// cache miss would. Prints one JSON line on stdout.
//
//   DATABASE_URL=/tmp/scale.db npx tsx --conditions=react-server scripts/bench/query-bench.ts [--runs=200]
//
// Two figures per run: the row query alone (awardRowsQuery with LIMIT/OFFSET, what the EXPLAIN
// QUERY PLAN tests check; for a text search it also carries the totals of all matches) and the
// whole page as listPublicAwards builds it on a miss (count and incentive sum of all matches, the
// page of rows, and their departments).
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { AGENCY_KINDS, agencies, awards, departments } from "@/db/schema";
import { awardRowsQuery, queryAwardPage } from "@/lib/data/public-awards";
import {
  AWARD_SORTS,
  DEFAULT_PAGE_SIZE,
  defaultDirection,
  NO_GRADE,
  type AwardQuery,
} from "@/lib/validations/award-query";
import { prng } from "./prng";

const runsArg = process.argv.find((a) => a.startsWith("--runs="));
const RUNS = runsArg ? Number(runsArg.slice("--runs=".length)) : 200;

const random = prng(7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

const years = (await db.selectDistinct({ year: awards.year }).from(awards)).map((r) => r.year);
const agencyIds = (await db.select({ id: agencies.id }).from(agencies)).map((r) => r.id);
const departmentIds = (await db.select({ id: departments.id }).from(departments)).map((r) => r.id);
const grades = (
  await db.select({ grade: awards.grade }).from(awards).where(sql`${awards.grade} is not null`).groupBy(awards.grade)
).map((r) => r.grade!);
// Words people would type: whole words, two-letter fragments (below FTS trigram length), and a
// phrase that matches nothing.
const SEARCHES = [
  "복지",
  "우수",
  "평가",
  "안전",
  "지방재정",
  "신속집행",
  "치매관리",
  "최우수기관",
  "경진대회",
  "규제혁신",
  "행정안전부",
  "충청북도",
  "보건",
  "없는검색어",
];

/** A random visitor query: each filter on with its own probability, any sort, mostly early pages. */
function randomQuery(): AwardQuery {
  const sort = pick(AWARD_SORTS);
  const query: AwardQuery = {
    sort,
    dir: random() < 0.7 ? defaultDirection(sort) : defaultDirection(sort) === "asc" ? "desc" : "asc",
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
  };
  if (random() < 0.5) query.year = pick(years);
  if (random() < 0.15) query.agency = pick(agencyIds);
  if (random() < 0.2) query.kind = pick(AGENCY_KINDS);
  if (random() < 0.2) query.department = pick(departmentIds);
  if (random() < 0.15) query.grade = random() < 0.2 ? NO_GRADE : pick(grades);
  if (random() < 0.3) query.q = pick(SEARCHES);
  const r = random();
  query.page = r < 0.7 ? 1 : r < 0.9 ? 2 + Math.floor(random() * 5) : 10 + Math.floor(random() * 90);
  return query;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

// Warm-up: another set of queries, so the page cache and prepared code paths are hot as on a server.
for (let i = 0; i < 20; i++) await queryAwardPage(randomQuery());

const samples: { query: AwardQuery; rowsMs: number; pageMs: number; total: number }[] = [];
for (let i = 0; i < RUNS; i++) {
  const query = randomQuery();
  const [, rowsMs] = await time(() =>
    awardRowsQuery(query, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
  );
  // A different query object each time: nothing is memoized between the two measurements.
  const [page, pageMs] = await time(() => queryAwardPage({ ...query }));
  samples.push({ query, rowsMs, pageMs, total: page.total });
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
  };
};
const slowest = [...samples].sort((a, b) => b.pageMs - a.pageMs).slice(0, 8);
const awardCount = (db.$client.prepare("select count(*) as n from awards").get() as { n: number }).n;
console.log(
  JSON.stringify({
    awards: awardCount,
    runs: RUNS,
    rows: stats(samples.map((s) => s.rowsMs)),
    page: stats(samples.map((s) => s.pageMs)),
    slowest: slowest.map((s) => ({
      ms: Math.round(s.pageMs * 10) / 10,
      rowsMs: Math.round(s.rowsMs * 10) / 10,
      total: s.total,
      query: s.query,
    })),
  }),
);
