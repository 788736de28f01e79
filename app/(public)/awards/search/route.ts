import type { NextRequest } from "next/server";
import { RESULTS_ID } from "@/components/awards/award-links";
import { canonicalAwardSearch } from "@/lib/validations/award-query";

/**
 * Where the /awards filter form (GET) lands: on to the canonical link of that view, with the fields
 * left empty and the defaults taken out (`?department=6`, not `?year=&agency=&…&department=6`), so
 * the address a visitor copies is short. A plain redirect: it works without JavaScript.
 */
export function GET(request: NextRequest) {
  const search = canonicalAwardSearch(request.nextUrl.searchParams);
  // A relative Location keeps the visitor on the host they used (behind a proxy Next may not know it).
  return new Response(null, { status: 303, headers: { Location: `/awards${search}#${RESULTS_ID}` } });
}
