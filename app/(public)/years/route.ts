import type { NextRequest } from "next/server";

/** Where the dashboard's year form (GET ?year=) lands: on to that year's prerendered page. */
export function GET(request: NextRequest) {
  const year = request.nextUrl.searchParams.get("year") ?? "";
  // A relative Location keeps the visitor on the host they used (behind a proxy Next may not know it).
  return new Response(null, { status: 303, headers: { Location: /^\d{4}$/.test(year) ? `/years/${year}` : "/" } });
}
