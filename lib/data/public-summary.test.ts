import { describe, expect, it } from "vitest";
import { SEED_TIMESTAMP } from "@/db/seed";
import { seedAgencies } from "@/db/seed/agencies";
import { QueryRefusedError } from "@/lib/errors";
import { wonToMillionWonDecimal } from "@/lib/money";
import { seededDb } from "@/test/db";
import { getLastChangedAt, getYearSummary, latestAwardYear, listPublicYears } from "./public-summary";

await seededDb();

const millionWon = wonToMillionWonDecimal;
const sum = <T>(rows: T[], pick: (r: T) => number) => rows.reduce((s, r) => s + pick(r), 0);

describe("getYearSummary(2023)", () => {
  it("matches the document's totals and compares with the 2022 baseline", async () => {
    const s = (await getYearSummary(2023))!;
    expect(s).toMatchObject({
      year: 2023,
      awardCount: 61,
      incentiveTotalWon: 1_270_500_000,
      baselineOnly: false,
      closed: false,
    });
    expect(s.previous).toEqual({ year: 2022, awardCount: 45, incentiveTotalWon: 942_600_000 });
    // The document prints the change as "+16건 / +327.9백만원".
    expect(s.awardCount - s.previous!.awardCount).toBe(16);
    expect(millionWon(s.incentiveTotalWon - s.previous!.incentiveTotalWon)).toBe("327.9");
  });

  it("lists the 20 bodies with the counts the document prints beside them", async () => {
    const s = (await getYearSummary(2023))!;
    expect(s.byAgency.map((a) => [a.agency, a.awardCount])).toEqual(seedAgencies.map((a) => [a.name, a.printedCount]));
    const byName = new Map(s.byAgency.map((a) => [a.agency, millionWon(a.incentiveTotalWon)]));
    expect(byName.get("행정안전부")).toBe("377");
    expect(byName.get("보건복지부")).toBe("81.3");
    expect(byName.get("충청북도")).toBe("713.2");
    expect(byName.get("New York Festivals")).toBe("0");
  });

  it("breaks the total down by kind of body without losing anything", async () => {
    const s = (await getYearSummary(2023))!;
    expect(s.byKind.map((k) => [k.kind, k.awardCount, millionWon(k.incentiveTotalWon)])).toEqual([
      ["central", 30, "537.1"],
      ["province", 23, "713.2"],
      ["public", 7, "20.2"],
      ["international", 1, "0"],
    ]);
    expect(sum(s.byKind, (k) => k.awardCount)).toBe(61);
    expect(millionWon(sum(s.byKind, (k) => k.incentiveTotalWon))).toBe("1270.5");
  });

  it("counts the shared award under both departments, and says so", async () => {
    const s = (await getYearSummary(2023))!;
    expect(s.sharedAwardCount).toBe(1);
    expect(sum(s.byDepartment, (d) => d.awardCount)).toBe(62);
    const dept = new Map(s.byDepartment.map((d) => [d.department, d]));
    expect(dept.get("기획감사실")).toMatchObject({ awardCount: 13, sharedAwardCount: 0 });
    expect(dept.get("기술보급과")).toMatchObject({ awardCount: 3, sharedAwardCount: 1 });
    expect(dept.get("농촌지원과")).toMatchObject({ awardCount: 1, sharedAwardCount: 1 });
    expect(dept.get("주민복지과")).toMatchObject({ awardCount: 5, incentiveTotalWon: 76_000_000 });
    expect(millionWon(dept.get("통합일자리지원단")!.incentiveTotalWon)).toBe("176");
    // Most awards first.
    expect(s.byDepartment[0].department).toBe("기획감사실");
  });

  it("breaks the total down by grade, with no grade as null", async () => {
    const s = (await getYearSummary(2023))!;
    const grade = new Map(s.byGrade.map((g) => [g.grade, g.awardCount]));
    expect(grade.get("우수")).toBe(34);
    expect(grade.get("최우수")).toBe(13);
    expect(grade.get(null)).toBe(7);
    expect(sum(s.byGrade, (g) => g.awardCount)).toBe(61);
    expect(millionWon(sum(s.byGrade, (g) => g.incentiveTotalWon))).toBe("1270.5");
  });
});

describe("getYearSummary for other years", () => {
  it("gives 2022 as the baseline totals, with no breakdown and nothing before it", async () => {
    const s = (await getYearSummary(2022))!;
    expect(s).toMatchObject({
      year: 2022,
      awardCount: 45,
      incentiveTotalWon: 942_600_000,
      baselineOnly: true,
      previous: null,
      sharedAwardCount: 0,
    });
    expect([s.byAgency, s.byKind, s.byDepartment, s.byGrade]).toEqual([[], [], [], []]);
  });

  it("gives null for a year without data", async () => {
    expect(await getYearSummary(new Date().getFullYear() + 1)).toBeNull();
    expect(await getYearSummary(2021)).toBeNull();
  });

  it("refuses a year outside the one year rule before it reaches the database", async () => {
    await expect(getYearSummary(new Date().getFullYear() + 2)).rejects.toThrow(QueryRefusedError);
  });
});

describe("year list and freshness", () => {
  it("knows the years and which one has awards", async () => {
    expect(await listPublicYears()).toEqual([2023, 2022]);
    expect(await latestAwardYear()).toBe(2023);
  });

  it("reports the last change as the seeded rows' timestamp", async () => {
    expect(await getLastChangedAt()).toBe(SEED_TIMESTAMP.getTime());
  });
});
