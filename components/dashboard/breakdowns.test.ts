import { describe, expect, it } from "vitest";
import { getYearSummary } from "@/lib/data/public-summary";
import { formatMillionWon } from "@/lib/format";
import { prng } from "@/scripts/bench/prng";
import { seededDb } from "@/test/db";
import {
  agencyRows,
  byAwardCount,
  byIncentive,
  departmentRows,
  FULL_BREAKDOWN_MAX,
  LEADING_LINES,
  splitLeading,
} from "./breakdowns";

const DEPARTMENTS = 300;
const AGENCIES = 240;
const AWARDS = 20_000;

/** The 2023 record topped up as scripts/bench/generate-scale.ts does: skewed, shared awards, a third unpaid. */
async function generateScale() {
  const db = await seededDb();
  const sqlite = db.$client;
  const random = prng(20240131);
  const now = Date.now();
  const count = (table: string) => (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  sqlite.transaction(() => {
    const department = sqlite.prepare(
      "insert into departments (name, sort_order, created_at, updated_at) values (?, ?, ?, ?)",
    );
    for (let i = count("departments"); i < DEPARTMENTS; i++) department.run(`시험${i}과`, i, now, now);
    const agency = sqlite.prepare(
      "insert into agencies (name, kind, sort_order, created_at, updated_at) values (?, 'central', ?, ?, ?)",
    );
    for (let i = count("agencies"); i < AGENCIES; i++) agency.run(`시험기관 ${i}`, i, now, now);
    const departmentIds = (sqlite.prepare("select id from departments").all() as { id: number }[]).map((r) => r.id);
    const agencyIds = (sqlite.prepare("select id from agencies").all() as { id: number }[]).map((r) => r.id);
    const skewed = <T>(list: T[]): T => list[Math.floor(random() ** 2 * list.length)];
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
    const award = sqlite.prepare(
      "insert into awards (year, title, grade, incentive_won, agency_id, source_order, created_at, updated_at) values (2023, ?, null, ?, ?, ?, ?, ?)",
    );
    const link = sqlite.prepare("insert or ignore into award_departments (award_id, department_id) values (?, ?)");
    for (let i = 0; i < AWARDS; i++) {
      const incentive = random() < 0.33 ? null : Math.round(random() ** 3 * 3000) * 100_000;
      const id = Number(award.run(`시험 수상 ${i}`, incentive, skewed(agencyIds), 1000 + i, now, now).lastInsertRowid);
      link.run(id, skewed(departmentIds));
      if (random() < 0.15) link.run(id, pick(departmentIds));
    }
  })();
  return sqlite;
}

describe("대시보드의 상위 항목과 ‘그 외’ 합계", () => {
  it("부서 300개·기관 240개에서 상위 10개와 나머지 합이 전체와 정확히 같다", async () => {
    const sqlite = await generateScale();
    const summary = await getYearSummary(2023);
    if (!summary) throw new Error("no summary");

    // Independent of the summary's own grouping: the sums straight from the tables.
    const perDepartment = sqlite
      .prepare(
        `select count(*) as n, coalesce(sum(a.incentive_won), 0) as won from award_departments d
         join awards a on a.id = d.award_id where a.year = 2023 and a.deleted_at is null`,
      )
      .get() as { n: number; won: number };

    const departments = departmentRows(summary);
    expect(departments.length).toBeGreaterThan(FULL_BREAKDOWN_MAX);
    for (const rank of [byAwardCount, byIncentive]) {
      const { leading, rest } = splitLeading(departments, rank);
      expect(leading).toHaveLength(LEADING_LINES);
      if (!rest) throw new Error("no rest line");
      expect(rest.lines).toBe(departments.length - LEADING_LINES);
      const shownCount = leading.reduce((s, r) => s + r.awardCount, 0) + rest.awardCount;
      const shownWon = leading.reduce((s, r) => s + r.incentiveTotalWon, 0) + rest.incentiveTotalWon;
      expect(shownCount).toBe(perDepartment.n);
      expect(shownWon).toBe(perDepartment.won);
      // The figures a reader adds up on the page (0.1 백만원) match the total to the last digit.
      expect(formatMillionWon(shownWon)).toBe(formatMillionWon(perDepartment.won));
      // Leading lines are the largest: none left out is larger than the smallest shown.
      const smallestShown = Math.min(...leading.map(rank));
      const outside = departments.filter((r) => !leading.includes(r));
      expect(Math.max(...outside.map(rank))).toBeLessThanOrEqual(smallestShown);
    }

    const agencies = agencyRows(summary);
    const { leading, rest } = splitLeading(agencies, byIncentive);
    expect(rest?.lines).toBe(agencies.length - LEADING_LINES);
    expect(leading.reduce((s, r) => s + r.incentiveTotalWon, 0) + (rest?.incentiveTotalWon ?? 0)).toBe(
      summary.incentiveTotalWon,
    );
    expect(leading.reduce((s, r) => s + r.awardCount, 0) + (rest?.awardCount ?? 0)).toBe(summary.awardCount);
  });

  it("항목이 많지 않으면 모두 보이고 ‘그 외’ 줄을 만들지 않는다", () => {
    const rows = Array.from({ length: FULL_BREAKDOWN_MAX }, (_, i) => ({
      key: String(i),
      label: `부서${i}`,
      awardCount: i % 4,
      incentiveTotalWon: i * 100_000,
      href: "/awards",
    }));
    const { leading, rest } = splitLeading(rows, byAwardCount);
    expect(rest).toBeNull();
    expect(leading).toHaveLength(rows.length);
  });
});
