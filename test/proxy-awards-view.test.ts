/** Issue 17: a filtered /awards link is answered from its cached view, at the same address. */
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";
import { AWARD_QUERY_KEYS } from "@/lib/validations/award-query-keys";
import { awardViewQuery } from "@/lib/validations/award-view";

const get = (path: string) => proxy(new NextRequest(`http://localhost:3000${path}`));

describe("proxy: filtered /awards views", () => {
  it("rewrites a filtered link to the view route, whatever the order of its parameters", async () => {
    const a = await get("/awards?year=2023&kind=central&sort=incentive&dir=desc");
    const b = await get("/awards?sort=incentive&kind=central&year=2023");
    const rewrite = a.headers.get("x-middleware-rewrite");
    expect(rewrite).toMatch(/\/awards\/view\/[A-Za-z0-9_-]+$/);
    expect(b.headers.get("x-middleware-rewrite")).toBe(rewrite);
    const query = awardViewQuery(new URL(rewrite!).pathname.split("/").at(-1)!);
    expect(Object.fromEntries(query!)).toEqual({ year: "2023", kind: "central", sort: "incentive" });
  });

  it("lets a link with a bad parameter through to the page, which says what it dropped", async () => {
    const response = await get("/awards?year=abc&kind=central");
    expect(response.headers.get("x-middleware-rewrite")).toBeNull();
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });

  it("is entered for every /awards parameter and not for the unfiltered list", () => {
    const awardEntries = config.matcher.filter(
      (m): m is { source: string; has: { type: string; key: string }[] } =>
        typeof m === "object" && m.source === "/awards",
    );
    expect(awardEntries.map((m) => m.has[0].key).sort()).toEqual([...AWARD_QUERY_KEYS].sort());
    expect(config.matcher).not.toContain("/awards");
  });
});
