import { YEAR_MIN, yearMax } from "./year";
import { describe, expect, it } from "vitest";
import {
  API_DEFAULT_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
  NO_GRADE,
  awardQueryToParams,
  parseAwardQuery,
  type AwardQuery,
} from "./award-query";

const page = { defaultPageSize: DEFAULT_PAGE_SIZE };
const api = { defaultPageSize: API_DEFAULT_PAGE_SIZE, extraParams: ["format"], rejectUnknown: true };

function ok(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
  options: Parameters<typeof parseAwardQuery>[1] = page,
): AwardQuery {
  const result = parseAwardQuery(params, options);
  if (!result.ok) throw new Error(`expected a valid query, got ${JSON.stringify(result.errors)}`);
  return result.query;
}

function errors(query: string, options: Parameters<typeof parseAwardQuery>[1] = api) {
  const result = parseAwardQuery(new URLSearchParams(query), options);
  if (result.ok) throw new Error(`expected errors for ${query}`);
  return result.errors;
}

describe("parseAwardQuery", () => {
  it("fills in the defaults", () => {
    expect(ok(new URLSearchParams())).toEqual({ sort: "order", dir: "asc", page: 1, pageSize: 20 });
    expect(ok(new URLSearchParams(), api).pageSize).toBe(100);
  });

  it("reads every filter, trimmed and typed", () => {
    const q = ok(
      new URLSearchParams(
        "year=2023&agency=3&kind=province&department=6&grade=최우수&q= 돌봄 &sort=title&dir=desc&page=2&pageSize=50",
      ),
    );
    expect(q).toEqual({
      year: 2023,
      agency: 3,
      kind: "province",
      department: 6,
      grade: "최우수",
      q: "돌봄",
      sort: "title",
      dir: "desc",
      page: 2,
      pageSize: 50,
    });
  });

  it("sorts the largest incentive first unless told otherwise", () => {
    expect(ok(new URLSearchParams("sort=incentive")).dir).toBe("desc");
    expect(ok(new URLSearchParams("sort=incentive&dir=asc")).dir).toBe("asc");
    expect(ok(new URLSearchParams("sort=title")).dir).toBe("asc");
  });

  it("treats a cleared field as absent", () => {
    expect(ok(new URLSearchParams("year=&q=%20&grade="))).toEqual({ sort: "order", dir: "asc", page: 1, pageSize: 20 });
  });

  it("accepts the 'no grade' filter value", () => {
    expect(ok(new URLSearchParams({ grade: NO_GRADE })).grade).toBe("없음");
  });

  it("reads Next.js searchParams objects, arrays as repeats", () => {
    expect(ok({ year: "2023", page: undefined }).year).toBe(2023);
    expect(parseAwardQuery({ year: ["2023", "2022"] }, page)).toEqual({
      ok: false,
      errors: [{ parameter: "year", message: "year 매개변수가 두 번 이상 주어졌습니다." }],
    });
  });

  it.each([
    ["year=abc", "year", "연도는 숫자여야 합니다."],
    ["year=2023.5", "year", "연도는 정수여야 합니다."],
    // The one year rule (lib/validations/year.ts), as forms and import use it.
    ["year=99999", "year", `연도는 ${yearMax()}년 이전이어야 합니다.`],
    ["year=1800", "year", `연도는 ${YEAR_MIN}년 이후여야 합니다.`],
    ["agency=0", "agency", "주관기관 번호는 1 이상이어야 합니다."],
    ["department=-3", "department", "부서 번호는 1 이상이어야 합니다."],
    ["department=99999999999", "department", "부서 번호가 너무 큽니다."],
    ["kind=city", "kind", "기관 유형은 central, province, public, international 중 하나여야 합니다."],
    ["sort=id", "sort", "정렬 기준은 order, year, title, agency, grade, incentive 중 하나여야 합니다."],
    ["dir=up", "dir", "정렬 방향은 asc 또는 desc여야 합니다."],
    ["page=0", "page", "쪽 번호는 1 이상이어야 합니다."],
    ["page=-1", "page", "쪽 번호는 1 이상이어야 합니다."],
    ["pageSize=1001", "pageSize", "쪽당 행 수는 1000 이하여야 합니다."],
    ["pageSize=0", "pageSize", "쪽당 행 수는 1 이상이어야 합니다."],
    [`q=${"가".repeat(101)}`, "q", "검색어는 100자 이내여야 합니다."],
    [`grade=${"a".repeat(51)}`, "grade", "등급은 50자 이내여야 합니다."],
  ])("refuses %s, naming the parameter in Korean", (query, parameter, message) => {
    expect(errors(query)).toEqual([{ parameter, message }]);
  });

  it("refuses unknown names only when asked to", () => {
    expect(errors("yaer=2023")).toEqual([{ parameter: "yaer", message: "알 수 없는 매개변수입니다: yaer" }]);
    expect(ok(new URLSearchParams("yaer=2023&utm_source=x")).year).toBeUndefined();
  });

  it("accepts the caller's extra names without validating them", () => {
    expect(ok(new URLSearchParams("format=csv"), api).sort).toBe("order");
  });

  it("refuses a repeated name, even when the first value is empty", () => {
    expect(errors("page=1&page=2")).toEqual([
      { parameter: "page", message: "page 매개변수가 두 번 이상 주어졌습니다." },
    ]);
    expect(errors("year=&year=2023").map((e) => e.parameter)).toEqual(["year"]);
    expect(errors("format=csv&format=json").map((e) => e.parameter)).toEqual(["format"]);
  });

  it("reports every problem at once", () => {
    expect(
      errors("year=abc&page=0&foo=1")
        .map((e) => e.parameter)
        .sort(),
    ).toEqual(["foo", "page", "year"]);
  });

  it("keeps SQL and markup as plain search text", () => {
    expect(ok(new URLSearchParams({ q: "'; drop table awards; --" })).q).toBe("'; drop table awards; --");
    expect(ok(new URLSearchParams({ q: "<script>alert(1)</script>" })).q).toBe("<script>alert(1)</script>");
  });
});

describe("awardQueryToParams", () => {
  it("leaves out defaults so links stay short", () => {
    expect(awardQueryToParams({ sort: "order", dir: "asc", page: 1, pageSize: 20 }).toString()).toBe("");
    expect(awardQueryToParams({ sort: "incentive", dir: "desc" }).toString()).toBe("sort=incentive");
    expect(awardQueryToParams({ sort: "incentive", dir: "asc" }).toString()).toBe("sort=incentive&dir=asc");
    expect(awardQueryToParams({ pageSize: 100 }, API_DEFAULT_PAGE_SIZE).toString()).toBe("");
  });

  it.each([
    "",
    "year=2023",
    "year=2023&agency=3&kind=central&department=6&grade=%EC%97%86%EC%9D%8C&q=%25_&sort=incentive&dir=asc&page=3&pageSize=50",
    "sort=title&dir=desc&page=2",
  ])("round-trips %j through parseAwardQuery", (query) => {
    const parsed = ok(new URLSearchParams(query));
    expect(awardQueryToParams(parsed).toString()).toBe(new URLSearchParams(query).toString());
    expect(ok(awardQueryToParams(parsed))).toEqual(parsed);
  });
});
