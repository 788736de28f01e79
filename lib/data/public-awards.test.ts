import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agencies } from "@/db/schema";
import { departmentIdByName } from "@/db/seed";
import { wonToMillionWonDecimal } from "@/lib/money";
import { NO_GRADE, type AwardQuery } from "@/lib/validations/award-query";
import { seededDb } from "@/test/db";
import { listAllPublicAwards, listPublicAwards, streamPublicAwards, type PublicAward } from "./public-awards";

const db = await seededDb();

const departmentId = async (name: string) => (await departmentIdByName(db, name))!;
const agencyId = async (name: string) =>
  (await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, name)))[0]!.id;

/** All 2023 matches on one page, so a test sees the whole result. */
function find(filters: Partial<AwardQuery> = {}) {
  return listPublicAwards({ year: 2023, sort: "order", dir: "asc", page: 1, pageSize: 1000, ...filters });
}

const millionWon = (won: number) => wonToMillionWonDecimal(won);

describe("listPublicAwards filters", () => {
  it("lists the 61 awards of 2023 in printed order, with the document's total", async () => {
    const page = await find();
    expect(page.total).toBe(61);
    expect(page.rows).toHaveLength(61);
    expect(millionWon(page.incentiveTotalWon)).toBe("1270.5");
    expect(page.rows[0].title).toBe("2022년 위원회 정비 우수 자치단체");
    expect(page.rows[60].title).toBe("2023년 충북 여성친화도시 네트워크 지원사업 성과보고회");
  });

  it("finds no per-award rows for 2022, which is kept as totals only", async () => {
    const page = await find({ year: 2022 });
    expect(page).toMatchObject({ total: 0, rows: [], incentiveTotalWon: 0, pageCount: 1 });
  });

  it("filters by department, counting a shared award under each of its departments", async () => {
    const tech = await find({ department: await departmentId("기술보급과") });
    expect(tech.rows.map((r) => r.title)).toEqual([
      "최고품질 농산물생산단지 최우수상",
      "농업 재해대응 우수 기관상",
      "농촌지도사업 우수 기관상",
    ]);
    expect(millionWon(tech.incentiveTotalWon)).toBe("2.2");

    const welfare = await find({ department: await departmentId("주민복지과") });
    expect(welfare.total).toBe(5);
    expect(welfare.incentiveTotalWon).toBe(76_000_000);

    const jobs = await find({ department: await departmentId("통합일자리지원단") });
    expect(jobs.total).toBe(3);
    expect(millionWon(jobs.incentiveTotalWon)).toBe("176");
  });

  it("filters by awarding body and by kind of body", async () => {
    const province = await find({ agency: await agencyId("충청북도") });
    expect(province.total).toBe(23);
    expect(millionWon(province.incentiveTotalWon)).toBe("713.2");
    expect(province.rows.every((r) => r.agency.name === "충청북도")).toBe(true);

    const counts = await Promise.all(
      (["central", "province", "public", "international"] as const).map(async (kind) => (await find({ kind })).total),
    );
    expect(counts).toEqual([30, 23, 7, 1]);
  });

  it("filters by grade, and by the absence of one", async () => {
    const none = await find({ grade: NO_GRADE });
    expect(none.total).toBe(7);
    expect(none.rows.every((r) => r.grade === null)).toBe(true);

    const best = await find({ grade: "최우수" });
    expect(best.total).toBe(13);
    expect(best.rows.every((r) => r.grade === "최우수")).toBe(true);
    // An exact match: "우수" does not pick up "최우수".
    expect((await find({ grade: "우수" })).total).toBe(34);
  });

  it("combines filters", async () => {
    const page = await find({
      agency: await agencyId("충청북도"),
      department: await departmentId("기획감사실"),
      grade: "우수",
    });
    expect(page.rows.map((r) => r.title)).toEqual([
      "2022년 하반기 지방재정 적극집행 우수기관",
      "2023년 1분기 소비투자분야 우수기관",
      "2023년 3분기 소비투자분야 우수기관",
      "2023년도 시·군 감사 운영실태 평가",
      "2023년 시군 감사운영실태 평가",
      "2023년 사전 컨설팅감사 우수기관 평가",
    ]);
  });
});

describe("listPublicAwards search", () => {
  it("searches titles, bodies and grades, ignoring ASCII case", async () => {
    expect((await find({ q: "돌봄" })).total).toBe(4);
    expect((await find({ q: "new york" })).rows.map((r) => r.agency.name)).toEqual(["New York Festivals"]);
    expect((await find({ q: "NEW YORK" })).total).toBe(1);
    expect((await find({ q: "군단위" })).rows.map((r) => r.grade)).toEqual(["전국 군단위 3위"]);
  });

  it("treats % and _ as the characters they are, not wildcards", async () => {
    expect((await find({ q: "%" })).total).toBe(0);
    expect((await find({ q: "_" })).total).toBe(0);
    expect((await find({ q: "2023%우수" })).total).toBe(0);
    expect((await find({ q: "\\" })).total).toBe(0);
  });

  it("matches quotes literally", async () => {
    expect((await find({ q: "'22" })).total).toBe(2);
    expect((await find({ q: "'; drop table awards; --" })).total).toBe(0);
    expect((await find()).total).toBe(61);
  });
});

describe("listPublicAwards sorting and paging", () => {
  it("sorts by incentive, largest first by default", async () => {
    const rows = (await find({ sort: "incentive", dir: "desc" })).rows;
    expect(millionWon(rows[0].incentiveWon!)).toBe("297.2");
    expect(rows.slice(1, 3).map((r) => r.incentiveWon)).toEqual([150_000_000, 150_000_000]);
    const amounts = rows.map((r) => r.incentiveWon ?? 0);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it("sorts ascending with the 26 awards without incentive last", async () => {
    const rows = (await find({ sort: "incentive", dir: "asc" })).rows;
    expect(millionWon(rows[0].incentiveWon!)).toBe("0.1");
    expect(millionWon(rows[34].incentiveWon!)).toBe("297.2");
    expect(rows.slice(35).every((r) => r.incentiveWon === null)).toBe(true);
  });

  it("sorts by title both ways", async () => {
    const asc = (await find({ sort: "title", dir: "asc" })).rows.map((r) => r.title);
    const desc = (await find({ sort: "title", dir: "desc" })).rows.map((r) => r.title);
    expect(desc).toEqual([...asc].reverse());
    expect(asc[0] < asc[60]).toBe(true);
  });

  it("pages through the matches, with totals of all matches on every page", async () => {
    const base = { year: 2023, sort: "order", dir: "asc", pageSize: 20 } as const;
    const pages = await Promise.all([1, 2, 3, 4, 5].map((page) => listPublicAwards({ ...base, page })));
    expect(pages.map((p) => p.rows.length)).toEqual([20, 20, 20, 1, 0]);
    for (const p of pages)
      expect(p).toMatchObject({ total: 61, pageCount: 4, pageSize: 20, incentiveTotalWon: 1_270_500_000 });
    const ids = pages.flatMap((p) => p.rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(61);
    expect(pages[3].rows[0].title).toBe("2023년 충북 여성친화도시 네트워크 지원사업 성과보고회");
  });

  // A search's page carries its totals in the same pass (a window over the matches), and falls
  // back to a separate count only for an empty page past the last: both must agree with the list.
  it.each(["order", "agency", "incentive"] as const)(
    "gives a search sorted by %s the totals of all its matches on every page",
    async (sort) => {
      const all = await listAllPublicAwards({ year: 2023, q: "우수", sort, dir: "asc" });
      const expected = { total: all.length, incentiveTotalWon: all.reduce((sum, r) => sum + (r.incentiveWon ?? 0), 0) };
      expect(expected.total).toBeGreaterThan(10);
      const pageCount = Math.ceil(expected.total / 5);
      const pages = await Promise.all(
        [1, 2, pageCount, pageCount + 1].map((page) =>
          listPublicAwards({ year: 2023, q: "우수", sort, dir: "asc", page, pageSize: 5 }),
        ),
      );
      for (const p of pages) expect(p).toMatchObject({ ...expected, pageCount });
      expect(pages.map((p) => p.rows.length)).toEqual([5, 5, expected.total - (pageCount - 1) * 5, 0]);
      expect(pages[0].rows.map((r) => r.id)).toEqual(all.slice(0, 5).map((r) => r.id));
    },
  );

  it("counts nothing for a search without matches, on the first page and past it", async () => {
    for (const page of [1, 3]) {
      expect(await listPublicAwards({ q: "없는검색어", sort: "order", dir: "asc", page, pageSize: 20 })).toMatchObject({
        total: 0,
        incentiveTotalWon: 0,
        rows: [],
        pageCount: 1,
      });
    }
  });
});

describe("award rows", () => {
  it("list both departments of the shared award, in registry order", async () => {
    const [shared] = (await find({ q: "농촌지도사업" })).rows;
    expect(shared.departments.map((d) => d.name)).toEqual(["기술보급과", "농촌지원과"]);
  });

  it("carry null for the document's '-'", async () => {
    const [row] = (await find({ q: "정보화마을" })).rows;
    expect(row).toMatchObject({ grade: null, incentiveWon: null, agency: { name: "행정안전부", kind: "central" } });
  });
});

describe("listAllPublicAwards", () => {
  it("returns every match unpaged, in the requested order", async () => {
    const all = await listAllPublicAwards({ year: 2023, sort: "incentive", dir: "desc" });
    expect(all).toHaveLength(61);
    expect(millionWon(all[0].incentiveWon!)).toBe("297.2");
    expect(millionWon(all.reduce((s, a) => s + (a.incentiveWon ?? 0), 0))).toBe("1270.5");
  });
});

describe("streamPublicAwards", () => {
  const sorts = ["order", "year", "title", "agency", "grade", "incentive"] as const;
  const cases = sorts.flatMap((sort) =>
    (["asc", "desc"] as const).flatMap((dir) => [
      { sort, dir },
      { sort, dir, q: "우수" },
    ]),
  );
  it.each(cases)("reads in chunks of 7 exactly the screen's rows in the screen's order (%o)", async (query) => {
    const screen = await listPublicAwards({ ...query, page: 1, pageSize: 1000 });
    const streamed: PublicAward[] = [];
    for await (const chunk of streamPublicAwards(query, 7)) streamed.push(...chunk);
    expect(streamed.map((a) => a.id)).toEqual(screen.rows.map((a) => a.id));
    expect(streamed).toEqual(screen.rows);
  });
});
