import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { seedAgencies } from "@/db/seed/agencies";
import { JINCHEON } from "@/db/seed/organisation";
import { licenceOf } from "@/lib/organisation";

const LICENSE = licenceOf(JINCHEON);
import { seededDb } from "@/test/db";
import { GET } from "./route";

await seededDb();

async function get(query = "") {
  const res = await GET(new NextRequest(`http://localhost/api/v1/summary${query}`));
  return { res, body: await res.json() };
}

type Row = { awardCount: number; incentiveTotalWon: number };
const sum = (rows: Row[], key: keyof Row) => rows.reduce((s, r) => s + r[key], 0);

describe("GET /api/v1/summary", () => {
  it("defaults to the newest year with awards and publishes the documented contract", async () => {
    const { res, body } = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(Object.keys(body).sort()).toEqual(
      [
        "awardCount",
        "baselineOnly",
        "byAgency",
        "byDepartment",
        "byGrade",
        "byKind",
        "change",
        "incentiveTotalMillionWon",
        "incentiveTotalWon",
        "lastChangedAt",
        "license",
        "previousYear",
        "sharedAwardCount",
        "year",
      ].sort(),
    );
    expect(body).toMatchObject({
      year: 2023,
      awardCount: 61,
      incentiveTotalWon: 1_270_500_000,
      incentiveTotalMillionWon: 1270.5,
      baselineOnly: false,
      previousYear: { year: 2022, awardCount: 45, incentiveTotalWon: 942_600_000, incentiveTotalMillionWon: 942.6 },
      // As printed: "전년대비 +16건 / +327.9백만원".
      change: { awardCount: 16, incentiveTotalWon: 327_900_000, incentiveTotalMillionWon: 327.9 },
      sharedAwardCount: 1,
      lastChangedAt: "2024-01-30T15:00:00.000Z",
      license: LICENSE,
    });
  });

  it("breaks 2023 down by body, kind, department and grade", async () => {
    const { body } = await get("?year=2023");
    expect(body.byAgency.map((a: { agency: string; awardCount: number }) => [a.agency, a.awardCount])).toEqual(
      seedAgencies.map((a) => [a.name, a.printedCount]),
    );
    expect(body.byAgency.find((a: { agency: string }) => a.agency === "충청북도")).toEqual({
      agencyId: expect.any(Number),
      agency: "충청북도",
      kind: "province",
      awardCount: 23,
      incentiveTotalWon: 713_200_000,
      incentiveTotalMillionWon: 713.2,
    });
    expect(body.byKind[0]).toEqual({
      kind: "central",
      kindLabel: "중앙정부",
      awardCount: 30,
      incentiveTotalWon: 537_100_000,
      incentiveTotalMillionWon: 537.1,
    });
    expect([sum(body.byKind, "awardCount"), sum(body.byKind, "incentiveTotalWon")]).toEqual([61, 1_270_500_000]);
    expect(sum(body.byDepartment, "awardCount")).toBe(62);
    expect(body.byDepartment.find((d: { department: string }) => d.department === "기술보급과")).toMatchObject({
      awardCount: 3,
      sharedAwardCount: 1,
      incentiveTotalMillionWon: 2.2,
    });
    expect(body.byGrade).toContainEqual({
      grade: null,
      awardCount: 7,
      incentiveTotalWon: 0,
      incentiveTotalMillionWon: 0,
    });
  });

  it("gives 2022 as the baseline totals with empty breakdowns", async () => {
    const { res, body } = await get("?year=2022");
    expect(res.status).toBe(200);
    expect(body).toMatchObject({
      year: 2022,
      awardCount: 45,
      incentiveTotalWon: 942_600_000,
      incentiveTotalMillionWon: 942.6,
      baselineOnly: true,
      previousYear: null,
      change: null,
      byAgency: [],
      byKind: [],
      byDepartment: [],
      byGrade: [],
      sharedAwardCount: 0,
    });
  });

  it("answers 404 JSON for a year without data", async () => {
    // A year the one year rule accepts (2000 to next year) but the record does not hold.
    const { res, body } = await get("?year=2010");
    expect(res.status).toBe(404);
    expect(body.error).toEqual({ code: "not_found", parameter: "year", message: "2010년 자료가 없습니다." });
  });

  it.each([
    ["year=abc", "year"],
    ["year=99999", "year"],
    ["year=2023.5", "year"],
    ["year=2023%3B--", "year"],
    ["year=2023&year=2023", "year"],
    ["yaer=2023", "yaer"],
    ["format=csv", "format"],
  ])("?%s → 400 naming %s", async (query, parameter) => {
    const { res, body } = await get(`?${query}`);
    expect(res.status).toBe(400);
    expect(body.error).toMatchObject({ code: "invalid_parameter", parameter });
    expect(body.error.message).toMatch(/[가-힣]/);
  });
});
