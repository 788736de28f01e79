import fs from "node:fs";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";

// A county upgrades a running database: the last landed release's database (test/fixtures), with its
// published record, a pending proposal and a trashed award, must come through every migration with
// every published figure unchanged.
const FIXTURE = new URL("./fixtures/release-0.1.0.sql", import.meta.url);

type Figures = { year: number; awards: number; incentiveWon: number }[];

function releaseFigures(file: string): { perYear: Figures; kpiValues: unknown[]; pending: number } {
  const sqlite = new Database(file, { readonly: true });
  const perYear = sqlite
    .prepare(
      `select year, count(*) as awards, coalesce(sum(incentive_won), 0) as incentiveWon
       from awards where deleted_at is null group by year order by year`,
    )
    .all() as Figures;
  const kpiValues = sqlite
    .prepare("select kpi_id, value from kpi_values where deleted_at is null order by kpi_id, id")
    .raw()
    .all();
  const { n } = sqlite.prepare("select count(*) as n from submissions where status = 'pending'").get() as { n: number };
  sqlite.close();
  return { perYear, kpiValues, pending: n };
}

describe("upgrading the last landed release's database", () => {
  let before: ReturnType<typeof releaseFigures>;

  beforeAll(() => {
    // test/setup.ts gave this file its own DATABASE_URL; the release's database is written there
    // before the app's client is first imported, so the app opens (and migrates) exactly that file.
    const file = process.env.DATABASE_URL!;
    const sqlite = new Database(file);
    sqlite.exec(fs.readFileSync(FIXTURE, "utf8"));
    sqlite.close();
    before = releaseFigures(file);
  });

  it("starts from a database with a record, a proposal and a trashed award", () => {
    expect(before.perYear.find((y) => y.year === 2023)?.awards).toBe(61);
    expect(before.pending).toBeGreaterThan(0);
  });

  it("migrates and shows the same published figures through the app", async () => {
    const { db } = await import("@/db");
    const { getYearSummary } = await import("@/lib/data/public-summary");
    for (const { year, awards, incentiveWon } of before.perYear) {
      const summary = await getYearSummary(year);
      expect(summary).toMatchObject({ awardCount: awards, incentiveTotalWon: incentiveWon });
    }
    const after = releaseFigures(process.env.DATABASE_URL!);
    expect(after).toEqual(before);
    expect(db.$client.prepare("select count(*) as n from __drizzle_migrations").get()).toMatchObject({
      n: fs.readdirSync(new URL("../db/migrations/", import.meta.url)).filter((f) => f.endsWith(".sql")).length,
    });
  });

  it("reads the release's pending proposals as their kinds and approves the award proposal", async () => {
    const { listSubmissions, approveSubmissions } = await import("@/lib/data/submissions");
    const { getYearSummary } = await import("@/lib/data/public-summary");
    const { viewerOf } = await import("@/test/viewers");
    const planner = viewerOf("planning");
    const pending = listSubmissions(planner, { statuses: ["pending"] });
    expect(pending.map((s) => s.proposal.kind).sort()).toEqual(["award.create", "kpi_value.create"]);
    const award = pending.find((s) => s.proposal.kind === "award.create")!;
    expect(award.proposal).toMatchObject({ content: { title: "2023년 이관 시험 제안", incentive: 1_500_000 } });

    const before2023 = (await getYearSummary(2023))!;
    const result = approveSubmissions(planner, [{ id: award.id, version: award.version }], { ip: "127.0.0.1" });
    expect(result).toMatchObject({ kind: "approved", count: 1, tags: ["awards"] });
    expect(await getYearSummary(2023)).toMatchObject({
      awardCount: before2023.awardCount + 1,
      incentiveTotalWon: before2023.incentiveTotalWon + 1_500_000,
    });
  });
});
