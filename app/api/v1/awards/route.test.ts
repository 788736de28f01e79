import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { agencies, awardDepartments, awards } from "@/db/schema";
import { departmentIdByName } from "@/db/seed";
import { parseCsv } from "@/lib/csv-parse";
import { JINCHEON } from "@/db/seed/organisation";
import { licenceOf } from "@/lib/organisation";

const LICENSE = licenceOf(JINCHEON);
import { seededDb } from "@/test/db";
import { GET } from "./route";

const db = await seededDb();

function get(query: string) {
  return GET(new NextRequest(`http://localhost/api/v1/awards${query}`));
}

/** The body's bytes, decoded without dropping the BOM (Response.text() would strip it). */
async function csvText(res: Response) {
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

const tenths = (cell: string) => (cell === "" ? 0 : Math.round(Number(cell) * 10));

describe("GET /api/v1/awards (JSON)", () => {
  it("publishes the documented contract", async () => {
    const res = await get("?year=2023");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual([
      "data",
      "incentiveTotalMillionWon",
      "incentiveTotalWon",
      "license",
      "page",
      "pageCount",
      "pageSize",
      "total",
    ]);
    expect(body).toMatchObject({
      total: 61,
      page: 1,
      pageSize: 100,
      pageCount: 1,
      incentiveTotalWon: 1_270_500_000,
      incentiveTotalMillionWon: 1270.5,
      license: LICENSE,
    });
    expect(body.license.sourceLine).toContain("공공누리 제4유형");
    expect(body.data).toHaveLength(61);
    expect(body.data[0]).toEqual({
      id: expect.any(Number),
      year: 2023,
      title: "2022년 위원회 정비 우수 자치단체",
      agency: "행정안전부",
      agencyKind: "central",
      grade: "우수",
      incentiveWon: 150_000_000,
      incentiveMillionWon: 150,
      departments: ["기획감사실"],
      // The source document records neither.
      awardedOn: null,
      remarks: null,
    });
  });

  it("gives null, not '-' or 0, where the document prints '-'", async () => {
    const body = await (await get("?year=2023&q=정보화마을")).json();
    expect(body.data).toEqual([
      expect.objectContaining({ grade: null, incentiveWon: null, incentiveMillionWon: null }),
    ]);
  });

  it("lists both departments of the shared award", async () => {
    const body = await (await get("?year=2023&q=농촌지도사업")).json();
    expect(body.data[0].departments).toEqual(["기술보급과", "농촌지원과"]);
  });

  it("applies the /awards filters and sorting", async () => {
    const welfare = await (await get(`?year=2023&department=${await departmentIdByName(db, "주민복지과")}`)).json();
    expect(welfare).toMatchObject({ total: 5, incentiveTotalWon: 76_000_000, incentiveTotalMillionWon: 76 });
    const top = await (await get("?year=2023&sort=incentive&pageSize=3")).json();
    expect(top.data.map((a: { incentiveMillionWon: number }) => a.incentiveMillionWon)).toEqual([297.2, 150, 150]);
    const noGrade = await (await get(`?year=2023&grade=${encodeURIComponent("없음")}`)).json();
    expect(noGrade.total).toBe(7);
  });

  it("pages with 100 rows by default and up to 1,000, totals covering every page", async () => {
    const page4 = await (await get("?year=2023&pageSize=20&page=4")).json();
    expect(page4).toMatchObject({ total: 61, page: 4, pageSize: 20, pageCount: 4, incentiveTotalMillionWon: 1270.5 });
    expect(page4.data).toHaveLength(1);
    expect((await (await get("?year=2023&pageSize=1000")).json()).pageSize).toBe(1000);
    const tooBig = await get("?year=2023&pageSize=1001");
    expect(tooBig.status).toBe(400);
    expect((await tooBig.json()).error).toEqual({
      code: "invalid_parameter",
      parameter: "pageSize",
      message: "쪽당 행 수는 1000 이하여야 합니다.",
    });
  });

  it("answers a page past the end with no rows rather than an error", async () => {
    const body = await (await get("?year=2023&page=9")).json();
    expect(body).toMatchObject({ data: [], total: 61, page: 9, pageCount: 1 });
  });

  it("treats SQL and markup in the search as text", async () => {
    for (const q of ["' OR 1=1 --", "<script>alert(1)</script>", "%", "_"]) {
      const res = await get(`?year=2023&q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      expect((await res.json()).total, q).toBe(0);
    }
    expect((await (await get("?year=2023")).json()).total).toBe(61);
  });
});

describe("GET /api/v1/awards?format=csv", () => {
  it("downloads every 2023 award as Excel-ready CSV", async () => {
    const res = await get("?year=2023&format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="awards-2023.csv"');
    const { bytes, text } = await csvText(res);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);

    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([
      "연도",
      "수상명",
      "주관기관",
      "기관유형",
      "등급",
      "인센티브(백만원)",
      "담당부서",
      "수상일",
      "비고",
      "ID",
      "버전",
    ]);
    expect(rows).toHaveLength(61);
    // Summed in tenths of 백만원, so float rounding cannot hide a wrong cell.
    expect(rows.reduce((s, r) => s + tenths(r[5]), 0)).toBe(12_705);
    expect(rows.filter((r) => r[5] === "")).toHaveLength(26);
    expect(rows[0]).toEqual([
      "2023",
      "2022년 위원회 정비 우수 자치단체",
      "행정안전부",
      "중앙정부",
      "우수",
      "150",
      "기획감사실",
      "",
      "",
      expect.stringMatching(/^\d+$/),
      "1",
    ]);
    expect(rows.find((r) => r[1] === "농촌지도사업 우수 기관상")).toEqual([
      "2023",
      "농촌지도사업 우수 기관상",
      "충청북도",
      "충청북도",
      "우수",
      "",
      "기술보급과, 농촌지원과",
      "",
      "",
      expect.stringMatching(/^\d+$/),
      "1",
    ]);
    expect(rows.find((r) => r[1].startsWith("2023년 대한민국 국가브랜드"))!.slice(2, 5)).toEqual([
      "New York Festivals",
      "국제기관",
      "",
    ]);
  });

  it("is never paged, applies the filters and keeps the sort", async () => {
    const all = parseCsv((await csvText(await get("?year=2023&format=csv&pageSize=5&page=3"))).text.slice(1));
    expect(all).toHaveLength(62);
    const tech = parseCsv(
      (
        await csvText(
          await get(`?year=2023&format=csv&department=${await departmentIdByName(db, "기술보급과")}&sort=incentive`),
        )
      ).text.slice(1),
    );
    expect(tech.slice(1).map((r) => r[5])).toEqual(["1.5", "0.7", ""]);
  });

  it("names the file without a year when none is asked for", async () => {
    expect((await get("?format=csv&q=none-such")).headers.get("content-disposition")).toBe(
      'attachment; filename="awards.csv"',
    );
  });

  describe("with formula-like text in the record", () => {
    beforeAll(async () => {
      const agencyId = (await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, "충청북도")))[0]!
        .id;
      const award = (
        await db
          .insert(awards)
          .values({
            year: 2024,
            title: '=HYPERLINK("http://evil.example","클릭")',
            grade: "+1",
            incentiveWon: 1_000_000,
            agencyId,
          })
          .returning({ id: awards.id })
      )[0];
      await db
        .insert(awardDepartments)
        .values({ awardId: award.id, departmentId: (await departmentIdByName(db, "세정과"))! });
      await db.insert(awards).values({ year: 2024, title: "@SUM(A1)", grade: "-등급", incentiveWon: null, agencyId });
    });

    it("makes every such cell text with a leading apostrophe", async () => {
      const [, ...rows] = parseCsv((await csvText(await get("?year=2024&format=csv"))).text.slice(1));
      expect(rows.map((r) => r.slice(0, 7))).toEqual([
        ["2024", `'=HYPERLINK("http://evil.example","클릭")`, "충청북도", "충청북도", "'+1", "1", "세정과"],
        ["2024", "'@SUM(A1)", "충청북도", "충청북도", "'-등급", "", ""],
      ]);
    });

    it("keeps the JSON as stored", async () => {
      const body = await (await get("?year=2024")).json();
      expect(body.data.map((a: { title: string }) => a.title)).toEqual([
        '=HYPERLINK("http://evil.example","클릭")',
        "@SUM(A1)",
      ]);
    });
  });
});

describe("GET /api/v1/awards with bad parameters", () => {
  const long = (n: number) => "가".repeat(n);
  // [query string, the parameter the error must name]
  const cases: [string, string][] = [
    ["year=abc", "year"],
    ["year=2023.5", "year"],
    ["year=99999", "year"],
    ["year=-2023", "year"],
    ["year=0", "year"],
    ["year=1e3", "year"],
    ["year=2023abc", "year"],
    ["year=true", "year"],
    ["year=Infinity", "year"],
    ["year=NaN", "year"],
    ["year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%93", "year"], // full-width ２０２３
    ["year=2023%20OR%201%3D1", "year"],
    ["year=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "year"],
    ["agency=0", "agency"],
    ["agency=-1", "agency"],
    ["agency=x", "agency"],
    ["agency=1.5", "agency"],
    ["agency=99999999999999", "agency"],
    ["agency=1)--", "agency"],
    ["department=abc", "department"],
    ["department=0", "department"],
    ["department=1%3BDROP%20TABLE%20awards", "department"],
    ["kind=city", "kind"],
    ["kind=CENTRAL", "kind"],
    ["kind=%3Cscript%3E", "kind"],
    [`grade=${long(51)}`, "grade"],
    [`q=${long(101)}`, "q"],
    [`q=${long(10_000)}`, "q"],
    ["sort=id", "sort"],
    ["sort=title%3B--", "sort"],
    ["sort=incentive%20desc", "sort"],
    ["dir=up", "dir"],
    ["dir=DESC", "dir"],
    ["page=0", "page"],
    ["page=-1", "page"],
    ["page=1.5", "page"],
    ["page=abc", "page"],
    ["page=1000001", "page"],
    ["page=%00", "page"],
    ["pageSize=1001", "pageSize"],
    ["pageSize=0", "pageSize"],
    ["pageSize=-5", "pageSize"],
    ["pageSize=abc", "pageSize"],
    ["pageSize=100000000000000000000", "pageSize"],
    ["format=xml", "format"],
    ["format=CSV", "format"],
    ["format=csv%3B", "format"],
    ["foo=1", "foo"],
    ["Year=2023", "Year"],
    ["year%5B%5D=2023", "year[]"],
    ["callback=alert", "callback"],
    ["%3Cscript%3E=1", "<script>"],
    ["year=2023&year=2022", "year"],
    ["year=&year=2023", "year"],
    ["page=1&page=1", "page"],
    ["format=csv&format=json", "format"],
  ];

  it.each(cases)("?%s → 400 naming %s", async (query, parameter) => {
    const res = await get(`?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body.error.code).toBe("invalid_parameter");
    expect(body.errors.map((e: { parameter: string }) => e.parameter)).toContain(parameter);
    for (const e of body.errors) expect(e.message).toMatch(/[가-힣]/);
  });

  it("lists every bad parameter, the first one also as `error`", async () => {
    const body = await (await get("?year=abc&format=xml&page=0&foo=1")).json();
    expect(body.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual([
      "foo",
      "format",
      "page",
      "year",
    ]);
    expect(body.errors).toContainEqual(body.error);
    expect(body.errors.every((e: { code: string }) => e.code === "invalid_parameter")).toBe(true);
  });

  it("accepts an empty value as 'not given', as the /awards form submits it", async () => {
    const res = await get("?year=2023&agency=&q=&format=");
    expect(res.status).toBe(200);
    expect((await res.json()).total).toBe(61);
  });
});
