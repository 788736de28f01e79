import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bumpAllPublications } from "@/db/publication";
import { seededDb } from "@/test/db";
import { etagFor, frontCacheable, installFrontValidators } from "./validators";

const db = await seededDb();
let base = "";
let rendered = 0;
let server: http.Server;

beforeAll(async () => {
  installFrontValidators("build-1");
  // Stands in for Next.js: counts what reaches it and answers 200 (404 for /years/1999).
  server = http.createServer((request, response) => {
    rendered += 1;
    response.statusCode = request.url === "/years/1999" ? 404 : 200;
    response.end("61건");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });

describe("front validators", () => {
  it("label a public 200 with the revision's ETag, kept by nginx as already expired", async () => {
    const response = await get("/api/v1/summary?year=2023");
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toMatch(/^"[\w-]{27}"$/);
    expect(response.headers.get("x-accel-expires")).toBe("@1");
  });

  it("answer 304 without rendering while the revision holds, and 200 on the first request after a publish", async () => {
    const etag = (await get("/")).headers.get("etag")!;
    const before = rendered;
    const unchanged = await get("/", { "If-None-Match": etag });
    expect(unchanged.status).toBe(304);
    expect(rendered).toBe(before);
    await bumpAllPublications(db);
    const published = await get("/", { "If-None-Match": etag });
    expect(published.status).toBe(200);
    expect(rendered).toBe(before + 1);
    expect(published.headers.get("etag")).not.toBe(etag);
  });

  it("leave staff pages, sessions, client navigations, other methods and errors alone", async () => {
    const session = { Cookie: "a=1; authjs.session-token=x" };
    for (const response of [
      await get("/review"),
      await get("/", session),
      await get("/", { RSC: "1" }),
      await get("/years/1999"),
      await fetch(`${base}/`, { method: "POST" }),
    ])
      expect(response.headers.get("etag")).toBeNull();
    const etag = (await get("/awards")).headers.get("etag")!;
    expect((await get("/awards", { ...session, "If-None-Match": etag })).status).toBe(200);
    expect(frontCacheable("GET", "/api/v1/awards/export", {})).toBe(false);
    expect(frontCacheable("GET", "/awards?department=6", {})).toBe(true);
  });

  it("change the ETag with the build, so a new release never revalidates an old page", () => {
    expect(etagFor("build-1", "awards=a")).not.toBe(etagFor("build-2", "awards=a"));
  });
});
