import { describe, expect, it } from "vitest";
import { summaryBody } from "@/lib/api/summary-body";
import { QueryRefusedError } from "@/lib/errors";
import { seededDb } from "@/test/db";
import { listAllPublicAwards, listPublicAwards } from "./public-awards";
import { listDepartments } from "./public-registry";
import { getYearSummary } from "./public-summary";

await seededDb();

// "use cache" functions are server functions: a caller who knows one's id sends any arguments it likes.
// Each hostile call must be refused before it reaches SQLite, with the same rules as the URL.
const valid = { sort: "order", dir: "asc", page: 1, pageSize: 20 } as const;
const hostile = (value: unknown) => value as never;

describe("cached public reads refuse arguments the URL rules would not produce", () => {
  it.each([
    ["a page size of 1e9", { ...valid, pageSize: 1e9 }],
    ["a negative page", { ...valid, page: -5 }],
    ["a page past the limit", { ...valid, page: 1e12 }],
    ["a 100,000-character search", { ...valid, q: "가".repeat(100_000) }],
    ["an unknown sort", { ...valid, sort: "id; drop table awards" }],
    ["a string year far off", { ...valid, year: "99999" }],
    ["an object where an id goes", { ...valid, department: {} }],
    ["an unknown key", { ...valid, limit: 5 }],
    ["no page size", { sort: "order", dir: "asc", page: 1 }],
    ["nothing", undefined],
  ])("listPublicAwards refuses %s", async (_, query) => {
    await expect(listPublicAwards(hostile(query))).rejects.toBeInstanceOf(QueryRefusedError);
  });

  it("listAllPublicAwards refuses a long search and paging it never takes", async () => {
    const filters = { sort: "order", dir: "asc" };
    await expect(listAllPublicAwards(hostile({ ...filters, q: "x".repeat(5000) }))).rejects.toBeInstanceOf(
      QueryRefusedError,
    );
    await expect(listAllPublicAwards(hostile({ ...filters, pageSize: 1e9 }))).rejects.toBeInstanceOf(QueryRefusedError);
  });

  it("year functions refuse what is not a year", async () => {
    for (const year of [-1, 1e9, 2023.5, "abc", null, { year: 2023 }]) {
      await expect(getYearSummary(hostile(year))).rejects.toBeInstanceOf(QueryRefusedError);
      await expect(summaryBody(hostile(year))).rejects.toBeInstanceOf(QueryRefusedError);
    }
  });

  it("still answers the calls the pages and the API make", async () => {
    expect((await listPublicAwards({ ...valid, year: 2023 })).total).toBe(61);
    expect((await listPublicAwards({ ...valid, q: "우수", sort: "incentive", dir: "desc" })).rows.length).toBe(20);
    expect(await listAllPublicAwards({ year: 2023, sort: "order", dir: "asc" })).toHaveLength(61);
    expect((await getYearSummary(2023))?.awardCount).toBe(61);
    expect(await summaryBody(undefined)).toMatchObject({ ok: true });
    expect(await listDepartments()).not.toHaveLength(0);
  });
});
