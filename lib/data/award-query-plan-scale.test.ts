import { desc, eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agencies, awards } from "@/db/schema";
import type { AwardQuery } from "@/lib/validations/award-query";
import { seededDb } from "@/test/db";
import { awardRowsQuery, awardTotalsQuery } from "./public-awards";
import { listAwardYears } from "./public-summary";

// The query shapes that decide /awards at 100,000 rows (scripts/bench: p95 of a page on a cache
// miss). SQLite has no statistics here (the app never runs ANALYZE), so its plans do not depend on
// how many rows the table holds: the seeded record gives the same plans as the scale database.

const db = await seededDb();
const province = (await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, "충청북도")))[0]!.id;

type Filters = Omit<AwardQuery, "page" | "pageSize" | "sort" | "dir">;

function explain(built: { toSQL(): { sql: string; params: unknown[] } }): string[] {
  const { sql, params } = built.toSQL();
  return (db.$client.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}
const rowsPlan = (query: Omit<AwardQuery, "page" | "pageSize">) =>
  explain(awardRowsQuery(query, { limit: 20, offset: 0 }));
const totalsPlan = (query: Filters) => explain(awardTotalsQuery(query));

describe("award totals at scale", () => {
  it.each<[string, Filters, RegExp]>([
    // Count and incentive sum over every live award, read from a partial index on live rows.
    ["everything", {}, /^SCAN awards USING (COVERING )?INDEX awards_(year_incentive|agency_year)_idx$/],
    [
      "a year",
      { year: 2023 },
      /^SEARCH awards USING (COVERING )?INDEX awards_year_(incentive|title_sort)_idx \(year=\?\)$/,
    ],
    ["a body", { agency: province }, /^SEARCH awards USING (COVERING )?INDEX awards_agency_year_idx \(agency_id=\?\)$/],
    [
      "a kind of body",
      { kind: "central" },
      /^SEARCH awards USING (COVERING )?INDEX awards_agency_year_idx \(agency_id=\?\)$/,
    ],
  ])("reads %s from an index, without joining the bodies", (_, query, expected) => {
    const steps = totalsPlan(query);
    expect(
      steps.some((s) => expected.test(s)),
      steps.join("\n"),
    ).toBe(true);
    expect(
      steps.filter((s) => /^SCAN awards$/.test(s) || /SEARCH agencies USING INTEGER PRIMARY KEY/.test(s)),
      steps.join("\n"),
    ).toEqual([]);
  });

  it("matches a search against body and department names in the awards row alone, with no join", () => {
    // The names as published are part of awards.search_text (db/award-search.ts).
    const steps = totalsPlan({ q: "복지" });
    expect(steps, steps.join("\n")).toEqual(["SCAN awards"]);
  });
});

describe("award pages at scale", () => {
  // The index on deleted_at is partial (deleted rows only); before, `deleted_at is null` picked it
  // as if it were selective and SQLite sorted every live award for each page.
  it.each<[string, Omit<AwardQuery, "page" | "pageSize">]>([
    ["default order", { sort: "order", dir: "asc" }],
    ["by year", { sort: "year", dir: "desc" }],
    ["by title", { sort: "title", dir: "asc" }],
    ["by grade", { sort: "grade", dir: "desc" }],
    ["by incentive", { sort: "incentive", dir: "desc" }],
    ["by body", { sort: "agency", dir: "asc" }],
    ["a search", { q: "우수", sort: "order", dir: "asc" }],
    ["a kind of body", { kind: "province", sort: "incentive", dir: "desc" }],
  ])("never takes the deleted-rows index for %s", (_, query) => {
    expect(rowsPlan(query).filter((s) => /awards_deleted_idx/.test(s))).toEqual([]);
  });

  it.each<[string, Omit<AwardQuery, "page" | "pageSize">, string]>([
    // Newest year first, printed order within it: any index led by year gives the year order.
    ["default order", { sort: "order", dir: "asc" }, "awards_year_"],
    ["by title", { sort: "title", dir: "asc" }, "awards_title_sort_idx"],
    ["by title, descending", { sort: "title", dir: "desc" }, "awards_title_sort_idx"],
    ["by grade", { sort: "grade", dir: "asc" }, "awards_grade_year_idx"],
    // Without an incentive last in both directions: one index for each.
    ["by incentive", { sort: "incentive", dir: "desc" }, "awards_incentive_desc_idx"],
    ["by incentive, ascending", { sort: "incentive", dir: "asc" }, "awards_incentive_asc_idx"],
  ])("walks an index in order for %s, so LIMIT stops early instead of sorting every row", (_, query, index) => {
    const steps = rowsPlan(query);
    expect(
      steps.some((s) => s.startsWith(`SCAN awards USING INDEX ${index}`)),
      steps.join("\n"),
    ).toBe(true);
    // A sort of the last terms within one index key is fine; a sort of the whole result is not.
    expect(
      steps.filter((s) => s === "USE TEMP B-TREE FOR ORDER BY"),
      steps.join("\n"),
    ).toEqual([]);
  });

  it.each<[string, Omit<AwardQuery, "page" | "pageSize">, string]>([
    ["everything", { sort: "agency", dir: "asc" }, "(agency_id=?)"],
    ["a year", { sort: "agency", dir: "desc", year: 2023 }, "(agency_id=? AND year=?)"],
  ])("sorts %s by body by walking the bodies in display order, not by sorting every award", (_, query, search) => {
    const steps = rowsPlan(query);
    expect(steps[0], steps.join("\n")).toMatch(/^SCAN agencies USING (COVERING )?INDEX agencies_display_order_idx$/);
    expect(steps, steps.join("\n")).toContain(`SEARCH awards USING INDEX awards_agency_year_idx ${search}`);
    expect(
      steps.filter((s) => s === "USE TEMP B-TREE FOR ORDER BY"),
      steps.join("\n"),
    ).toEqual([]);
  });

  it.each(["order", "title", "agency", "incentive"] as const)(
    "reads the table once for a text search sorted by %s, never row by row through an index",
    (sort) => {
      for (const steps of [rowsPlan({ q: "우수", sort, dir: "asc" }), totalsPlan({ q: "우수" })]) {
        expect(steps, steps.join("\n")).toContain("SCAN awards");
        expect(
          steps.filter((s) => /^SCAN awards USING/.test(s)),
          steps.join("\n"),
        ).toEqual([]);
      }
    },
  );

  it("keeps a text search within a year on the year's index", () => {
    const steps = rowsPlan({ q: "우수", year: 2023, sort: "order", dir: "asc" });
    expect(
      steps.some((s) => /^SEARCH awards USING INDEX awards_year_\w+ \(year=\?\)$/.test(s)),
      steps.join("\n"),
    ).toBe(true);
  });

  it("finds a kind of body through the body index on awards", () => {
    const steps = rowsPlan({ kind: "central", sort: "order", dir: "asc" });
    expect(
      steps.some((s) => /awards_agency_year_idx \(agency_id=\?\)/.test(s) || /agencies_kind_idx/.test(s)),
      steps.join("\n"),
    ).toBe(true);
    expect(steps.filter((s) => /^SCAN awards$/.test(s))).toEqual([]);
  });

  it("still lists the trash from the deleted-rows index", () => {
    const steps = explain(
      db
        .select({ id: awards.id, title: awards.title, agency: agencies.name })
        .from(awards)
        .innerJoin(agencies, eq(agencies.id, awards.agencyId))
        .where(isNotNull(awards.deletedAt))
        .orderBy(desc(awards.deletedAt)),
    );
    expect(
      steps.some((s) => /awards USING INDEX awards_deleted_idx/.test(s)),
      steps.join("\n"),
    ).toBe(true);
  });
});

describe("the /awards year filter", () => {
  it("lists the years with per-award rows from one small query, not from every year's summary", async () => {
    // 2022 is kept as totals only: no award rows, so nothing to filter by.
    expect(await listAwardYears()).toEqual([2023]);
    const steps = (
      db.$client
        .prepare("explain query plan select distinct year from awards where deleted_at is null order by year desc")
        .all() as { detail: string }[]
    ).map((r) => r.detail);
    expect(
      steps.some((s) => /awards USING (COVERING )?INDEX awards_year_incentive_idx/.test(s)),
      steps.join("\n"),
    ).toBe(true);
  });
});
