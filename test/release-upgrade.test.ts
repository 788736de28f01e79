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

  it("comes out with Jincheon's identity, which the release showed from its code", async () => {
    const { readOrganisation } = await import("@/lib/data/organisation");
    const { JINCHEON } = await import("@/db/seed/organisation");
    expect(readOrganisation()).toMatchObject({ ...JINCHEON, hasLogo: false });
  });
});
