import type { NextRequest } from "next/server";
import { canonicalAuditSearch } from "@/components/audit/audit-query";
import { isPlanner } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";

/**
 * Where the audit log's filter form (GET) lands: on to the canonical link of that view, empty fields
 * left out. It shows nothing itself, but answers only those who may read the log, like every staff route.
 */
export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  if (!isPlanner(viewer))
    return new Response("감사 기록은 기획감사실과 관리자만 볼 수 있습니다.", {
      status: 403,
      headers: { "Cache-Control": "private, no-store", "Content-Type": "text/plain; charset=utf-8" },
    });
  const search = canonicalAuditSearch(request.nextUrl.searchParams);
  return new Response(null, { status: 303, headers: { Location: `/audit${search}` } });
}
