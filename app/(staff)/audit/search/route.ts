import type { NextRequest } from "next/server";
import { canonicalAuditSearch } from "@/components/audit/audit-query";
import { can, REFUSALS } from "@/lib/auth/can";
import { staffViewerForRoute } from "@/lib/auth/route-gate";

const REFUSED = { "Cache-Control": "private, no-store", "Content-Type": "text/plain; charset=utf-8" } as const;

/**
 * Where the audit log's filter form (GET) lands: on to the canonical link of that view, empty fields
 * left out. It shows nothing itself, but answers only those who may read the log, past the same
 * gates (temporary password, required authenticator) as every staff route.
 */
export async function GET(request: NextRequest) {
  const gated = await staffViewerForRoute();
  if (!gated.ok) return new Response(gated.message, { status: gated.status, headers: REFUSED });
  if (!can(gated.viewer, "audit.read")) return new Response(REFUSALS["audit.read"], { status: 403, headers: REFUSED });
  const search = canonicalAuditSearch(request.nextUrl.searchParams);
  return new Response(null, { status: 303, headers: { Location: `/audit${search}` } });
}
