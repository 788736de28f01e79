import type { NextRequest } from "next/server";

/**
 * Exists only in `npm run bench` builds (next.config.ts adds the `bench.ts` page extension when
 * SEONGGWA_BENCH=1). The cheapest response Next.js gives per request: a constant body of `bytes`
 * length, no data, no cache. Measured beside /api/v1/summary it shows how much of the summary's
 * cost is the framework's own request path.
 */
export function GET(request: NextRequest) {
  const bytes = Math.min(Math.max(Number(request.nextUrl.searchParams.get("bytes")) || 0, 2), 1_000_000);
  return new Response(`"${"x".repeat(bytes - 2)}"`, { headers: { "Content-Type": "application/json" } });
}
