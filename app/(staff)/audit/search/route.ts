import type { NextRequest } from "next/server";
import { canonicalAuditSearch } from "@/components/audit/audit-query";

/**
 * Where the audit log's filter form (GET) lands: on to the canonical link of that view, empty fields
 * left out. It shows nothing itself; /audit checks the viewer as always.
 */
export function GET(request: NextRequest) {
  const search = canonicalAuditSearch(request.nextUrl.searchParams);
  return new Response(null, { status: 303, headers: { Location: `/audit${search}` } });
}
