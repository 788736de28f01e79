import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agencies } from "@/db/schema";
import { departmentIdByName } from "@/db/seed";
import type { AwardQuery } from "@/lib/validations/award-query";
import { seededDb } from "@/test/db";
import { awardRowsQuery } from "./public-awards";

const db = await seededDb();
const province = (await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, "충청북도")))[0]!.id;

/** SQLite's plan for the award list query, one step per line ("SEARCH awards USING INDEX ..."). */
function plan(query: Omit<AwardQuery, "page" | "pageSize">): string[] {
  const { sql, params } = awardRowsQuery(query, { limit: 100, offset: 0 }).toSQL();
  const rows = db.$client.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

// A full pass over a table reads "SCAN awards" (or "SCAN award_departments"). "SCAN ... USING INDEX"
// walks an index in sort order, which a LIMIT can stop early, so it is allowed.
const fullScan = /^SCAN (awards|award_departments)(?! USING)/;

describe("award list query plan", () => {
  it.each<[string, Omit<AwardQuery, "page" | "pageSize">, RegExp]>([
    [
      "year, by incentive",
      { year: 2023, sort: "incentive", dir: "desc" },
      /SEARCH awards USING INDEX awards_year_incentive_idx \(year=\?\)/,
    ],
    [
      "year, in printed order",
      { year: 2023, sort: "order", dir: "asc" },
      /SEARCH awards USING INDEX awards_year_source_order_idx \(year=\?\)/,
    ],
    [
      "body",
      { agency: province, sort: "order", dir: "asc" },
      /SEARCH awards USING INDEX awards_agency_year_idx \(agency_id=\?\)/,
    ],
    [
      "body and year",
      { agency: province, year: 2023, sort: "incentive", dir: "desc" },
      /SEARCH awards USING INDEX awards_(agency_year|year_incentive)_idx/,
    ],
  ])("uses an index on awards for %s", (_, query, expected) => {
    const steps = plan(query);
    expect(
      steps.some((s) => expected.test(s)),
      steps.join("\n"),
    ).toBe(true);
    expect(steps.filter((s) => fullScan.test(s))).toEqual([]);
  });

  it.each<[string, Omit<AwardQuery, "page" | "pageSize">]>([
    ["department alone", { sort: "order", dir: "asc" }],
    ["department and year, by incentive", { year: 2023, sort: "incentive", dir: "desc" }],
  ])("finds a %s through the department index", async (_, query) => {
    const steps = plan({ ...query, department: (await departmentIdByName(db, "기술보급과"))! });
    expect(
      steps.some((s) =>
        /award_departments USING COVERING INDEX award_departments_department_idx \(department_id=\?\)/.test(s),
      ),
      steps.join("\n"),
    ).toBe(true);
    expect(steps.filter((s) => fullScan.test(s))).toEqual([]);
  });

  it("joins the body by its primary key", () => {
    expect(plan({ year: 2023, sort: "title", dir: "asc" })).toContain(
      "SEARCH agencies USING INTEGER PRIMARY KEY (rowid=?)",
    );
  });
});
