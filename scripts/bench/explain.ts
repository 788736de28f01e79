// Shows SQLite's plan and timing for one /awards query against DATABASE_URL: the row query and the
// totals query, as listPublicAwards runs them. A tool for tuning indexes, not part of the run.
//
//   DATABASE_URL=/tmp/scale.db npx tsx --conditions=react-server scripts/bench/explain.ts 'year=2019&sort=incentive&q=복지'
import { db } from "@/db";
import { awardRowsQuery, awardTotalsQuery, queryAwardPage } from "@/lib/data/public-awards";
import { DEFAULT_PAGE_SIZE, parseAwardQuery } from "@/lib/validations/award-query";

const parsed = parseAwardQuery(new URLSearchParams(process.argv[2] ?? ""), { defaultPageSize: DEFAULT_PAGE_SIZE });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const query = parsed.query;

function show(label: string, built: { toSQL(): { sql: string; params: unknown[] } }) {
  const { sql, params } = built.toSQL();
  const plan = db.$client.prepare(`explain query plan ${sql}`).all(...params) as {
    id: number;
    parent: number;
    detail: string;
  }[];
  const start = performance.now();
  db.$client.prepare(sql).all(...params);
  const ms = performance.now() - start;
  console.log(`\n${label} (${ms.toFixed(1)} ms)\n${sql}\n${JSON.stringify(params)}`);
  for (const step of plan) console.log(`  ${step.detail}`);
}

show("rows", awardRowsQuery(query, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }));
show("totals", awardTotalsQuery(query));
const start = performance.now();
const page = await queryAwardPage(query);
console.log(`\nwhole page: ${(performance.now() - start).toFixed(1)} ms, total ${page.total}`);
