import fs from "node:fs";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";

// A county upgrades a running database: the last landed release's database (test/fixtures), with its
// published record, a pending proposal and a trashed award, must come through every migration with
// every published figure unchanged.
const FIXTURE = new URL("./fixtures/release-0.1.0.sql", import.meta.url);

type Figures = { year: number; awards: number; incentiveWon: number }[];

/** The narrative as the release stored it: each area's headline, then its points (sub-points indented). */
function releaseNarrative(file: string): string[] {
  const sqlite = new Database(file, { readonly: true });
  const areas = sqlite.prepare("select id, title from policy_areas order by sort_order").all() as {
    id: number;
    title: string;
  }[];
  const points = sqlite
    .prepare("select id, area_id as areaId, parent_id as parentId, text from policy_points order by sort_order, id")
    .all() as { id: number; areaId: number; parentId: number | null; text: string }[];
  sqlite.close();
  return areas.flatMap((a) => [
    `# ${a.title}`,
    ...points
      .filter((p) => p.areaId === a.id && p.parentId === null)
      .flatMap((p) => [p.text, ...points.filter((c) => c.parentId === p.id).map((c) => `  ${c.text}`)]),
  ]);
}

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
  let narrative: string[];

  beforeAll(() => {
    // test/setup.ts gave this file its own DATABASE_URL; the release's database is written there
    // before the app's client is first imported, so the app opens (and migrates) exactly that file.
    const file = process.env.DATABASE_URL!;
    const sqlite = new Database(file);
    sqlite.exec(fs.readFileSync(FIXTURE, "utf8"));
    sqlite.close();
    before = releaseFigures(file);
    narrative = releaseNarrative(file);
  });

  it("reads the release's narrative, verbatim, as the published 2023 edition", async () => {
    const { getPublishedEdition } = await import("@/lib/data/public-editions");
    const edition = (await getPublishedEdition(2023))!;
    expect(narrative.length).toBeGreaterThan(60);
    expect(
      edition.areas.flatMap((a) => [
        `# ${a.title}`,
        ...a.points.flatMap((p) => [p.text, ...p.children.map((c) => `  ${c.text}`)]),
      ]),
    ).toEqual(narrative);
    expect(await getPublishedEdition(2022)).toBeNull();
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
    const planner = await viewerOf("planning");
    const pending = await listSubmissions(planner, { statuses: ["pending"] });
    expect(pending.map((s) => s.proposal.kind).sort()).toEqual(["award.create", "kpi_value.create"]);
    const award = pending.find((s) => s.proposal.kind === "award.create")!;
    expect(award.proposal).toMatchObject({ content: { title: "2023년 이관 시험 제안", incentive: 1_500_000 } });

    const before2023 = (await getYearSummary(2023))!;
    const result = await approveSubmissions(planner, [{ id: award.id, version: award.version }], { ip: "127.0.0.1" });
    expect(result).toMatchObject({ kind: "approved", count: 1, tags: ["awards"] });
    expect(await getYearSummary(2023)).toMatchObject({
      awardCount: before2023.awardCount + 1,
      incentiveTotalWon: before2023.incentiveTotalWon + 1_500_000,
    });
  });
});

describe("the release's KPI figures after the period model (0003)", () => {
  const sqlite = () => new Database(process.env.DATABASE_URL!, { readonly: true });

  it("keeps every comparison and reference note (no table rebuild cascaded them away)", () => {
    const db = sqlite();
    const inFixture = fs.readFileSync(FIXTURE, "utf8").split('INSERT INTO "kpi_value_notes"').length - 1;
    expect(inFixture).toBeGreaterThan(0);
    expect(db.prepare("select count(*) as n from kpi_value_notes").get()).toEqual({ n: inFixture });
    db.close();
  });

  it("gives seeded figures the source's period, or none, and marks their owners as assigned", () => {
    const db = sqlite();
    const period = (slug: string) =>
      db
        .prepare(
          `select v.period, v.period_kind as kind, v.period_from as "from", v.period_to as "to", v.period_end as "end"
           from kpi_values v join kpis k on k.id = v.kpi_id where k.slug = ?`,
        )
        .get(slug);
    for (const slug of ["grdp", "grdp-per-capita", "fertility-rate", "school-age-ratio", "grdp-per-farm"]) {
      expect(period(slug), slug).toEqual({
        period: "출처에 기간 표시 없음",
        kind: "none",
        from: null,
        to: null,
        end: null,
      });
    }
    expect(period("investment-2023")).toEqual({
      period: "2023",
      kind: "year",
      from: "2023",
      to: "2023",
      end: "2023-12",
    });
    expect(period("employment-rate")).toMatchObject({ period: "2023 상반기", from: "2023-H1", end: "2023-06" });
    expect(period("employment-growth")).toMatchObject({ period: "2016 상반기 ~ 2023 상반기", from: "2016-H1" });
    expect(period("esg-budget")).toMatchObject({ period: "2023년 4월", kind: "month", end: "2023-04" });
    expect(period("iwol-gym-budget")).toMatchObject({ period: "2023년 5월", kind: "month", from: "2023-05" });
    expect(db.prepare("select count(*) as n from kpis where owner_assigned = 0").get()).toEqual({ n: 0 });
    db.close();
  });

  it("carries the pending KPI proposal's period into the new fields", () => {
    const db = sqlite();
    const { payload } = db.prepare("select payload from submissions where entity_type = 'kpi_value'").get() as {
      payload: string;
    };
    expect(JSON.parse(payload)).toEqual({
      kpiId: 30,
      period: "2023",
      periodKind: "year",
      periodFrom: "2023",
      periodTo: "2023",
      periodEnd: "2023-12",
      value: "5",
    });
    db.close();
  });

  it("comes out with Jincheon's identity, which the release showed from its code", async () => {
    const { readOrganisation } = await import("@/lib/data/organisation");
    const { JINCHEON } = await import("@/db/seed/organisation");
    expect(await readOrganisation()).toMatchObject({ ...JINCHEON, hasLogo: false });
  });
});
