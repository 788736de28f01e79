import { describe, expect, it } from "vitest";
import { awardViewQuery, awardViewSegment } from "./award-view";

const segment = (query: string) => awardViewSegment(new URLSearchParams(query));

describe("awardViewSegment: one cached page per filtered /awards view", () => {
  it("gives the same segment to every spelling of one view", () => {
    const canonical = segment("year=2023&kind=central&sort=incentive");
    expect(canonical).not.toBeNull();
    // Another order, the sort's own default direction, a default page and an empty field.
    expect(segment("sort=incentive&kind=central&year=2023&dir=desc&page=1&grade=")).toBe(canonical);
    expect(segment("year=2023&kind=central&sort=incentive&dir=asc")).not.toBe(canonical);
  });

  it("leaves the unfiltered list and queries with a problem to the page itself", () => {
    expect(segment("")).toBeNull();
    expect(segment("utm_source=press")).toBeNull();
    expect(segment("page=1&pageSize=20")).toBeNull();
    // The page says what was wrong with these, so they are rendered as they came.
    expect(segment("year=abc")).toBeNull();
    expect(segment("year=2023&year=2022")).toBeNull();
    expect(segment("kind=planet")).toBeNull();
  });

  it("carries Korean search words and reserved characters through the path unchanged", () => {
    const words = "지역사회 통합돌봄 & 운영ㆍ관리/100%?#";
    const view = segment(`q=${encodeURIComponent(words)}&department=6`);
    expect(view).toMatch(/^[A-Za-z0-9_-]+$/);
    const query = awardViewQuery(view!);
    expect(query?.get("q")).toBe(words);
    expect(query?.get("department")).toBe("6");
  });
});

describe("awardViewQuery: only canonical segments name a view", () => {
  it("reads back what awardViewSegment wrote", () => {
    const view = segment("department=6&sort=title")!;
    expect(Object.fromEntries(awardViewQuery(view)!)).toEqual({ department: "6", sort: "title" });
  });

  it("refuses anything else, so a made-up path cannot fill the page cache with copies of one view", () => {
    const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url");
    expect(awardViewQuery(b64("sort=title&department=6"))).toBeNull(); // not the canonical order
    expect(awardViewQuery(b64("year=2023&dir=asc&sort=year"))).toBeNull(); // default direction spelt out
    expect(awardViewQuery(b64("year=abc"))).toBeNull();
    expect(awardViewQuery(b64(""))).toBeNull();
    expect(awardViewQuery("not base64!")).toBeNull();
    expect(awardViewQuery("a".repeat(5000))).toBeNull();
  });
});

describe("the longest views the filters allow", () => {
  it("still get a segment that reads back", () => {
    const q = "가".repeat(100);
    const grade = "😀".repeat(25);
    const view = segment(
      `year=2023&agency=2147483647&kind=central&department=2147483647&grade=${encodeURIComponent(grade)}` +
        `&q=${encodeURIComponent(q)}&sort=incentive&dir=asc&page=1000000&pageSize=1000`,
    );
    expect(view).not.toBeNull();
    expect(awardViewQuery(view!)?.get("q")).toBe(q);
  });
});
