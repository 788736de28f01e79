import { expect, test } from "@playwright/test";

/**
 * A filtered /awards link is answered by the view route that renders once per publication
 * (proxy.ts, lib/validations/award-view.ts), inside this server: under `next start -H 127.0.0.1`,
 * as behind nginx, Next 16.4.6 would forward the rewrite over HTTP to itself, and as HTTPS when a
 * TLS front sends X-Forwarded-Proto: https (scripts/patches/next-loopback-rewrite.mjs).
 */
const main = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, "").match(/<main[\s\S]*<\/main>/)?.[0];

test("a filtered link is served from its cached view, at its own address, the same for any spelling", async ({
  request,
}) => {
  const first = await request.get("/awards?department=6&sort=title");
  expect(first.status()).toBe(200);
  // Relative: the router kept the rewrite on this server instead of forwarding it.
  expect(first.headers()["x-middleware-rewrite"]).toMatch(/^\/awards\/view\/[A-Za-z0-9_-]+$/);
  const again = await request.get("/awards?sort=title&department=6&dir=asc&page=1");
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  const body = main(await again.text());
  expect(body).toBe(main(await first.text()));
  expect(body).toContain("담당부서 주민복지과");
});

test("behind a TLS front the filtered link still answers 200", async ({ request }) => {
  const response = await request.get("/awards?year=2023&kind=central&sort=incentive", {
    headers: { "X-Forwarded-Proto": "https" },
  });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("기관 유형 중앙정부");
});

test("a view path nobody could have been sent to is not found", async ({ request }) => {
  const notCanonical = Buffer.from("sort=title&department=6").toString("base64url");
  expect((await request.get(`/awards/view/${notCanonical}`)).status()).toBe(404);
  expect((await request.get("/awards/view/%ED%95%9C%EA%B8%80")).status()).toBe(404);
});
