import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "./route";

function land(query: string) {
  const res = GET(new NextRequest(`http://localhost/awards/search${query}`));
  return { status: res.status, location: res.headers.get("location") };
}

// What the filter form submits: every field, the empty ones too, plus the kept order.
const form = (fields: Record<string, string>) =>
  `?${new URLSearchParams({ year: "", agency: "", kind: "", department: "", grade: "", q: "", pageSize: "20", ...fields })}`;

describe("GET /awards/search (where the filter form lands)", () => {
  it("redirects to the canonical link, empty fields and defaults left out", async () => {
    expect(land(await form({ department: "6" }))).toEqual({
      status: 303,
      location: "/awards?department=6#award-results",
    });
    expect(land(await form({}))).toEqual({ status: 303, location: "/awards#award-results" });
  });

  it("keeps every chosen filter, the order and a non-default page size, encoded", async () => {
    const { location } = land(
      await form({ year: "2023", grade: "최우수", q: " 돌봄 사업 ", pageSize: "50", sort: "incentive" }),
    );
    const url = new URL(location!, "http://localhost");
    expect(url.pathname).toBe("/awards");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      year: "2023",
      grade: "최우수",
      q: "돌봄 사업",
      sort: "incentive",
      pageSize: "50",
    });
    expect(location).not.toMatch(/[^\x20-\x7e]/);
  });

  it("leaves out the direction when it is the sort's default, keeps it otherwise", async () => {
    expect(land(await form({ sort: "incentive", dir: "desc" })).location).toBe("/awards?sort=incentive#award-results");
    expect(land(await form({ sort: "incentive", dir: "asc" })).location).toBe(
      "/awards?sort=incentive&dir=asc#award-results",
    );
  });

  it("passes on a value that breaks its rule, so the page can say what was wrong", async () => {
    expect(land(await form({ year: "abc", department: "6" })).location).toBe(
      "/awards?department=6&year=abc#award-results",
    );
  });
});
