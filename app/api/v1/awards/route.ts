import type { NextRequest } from "next/server";
import { awardDownload } from "@/lib/api/award-download";
import { toAwardJson } from "@/lib/api/award-json";
import { parseAwardApiParams } from "@/lib/api/award-params";
import { jsonOk, paramErrors } from "@/lib/api/responses";
import { listPublicAwards } from "@/lib/data/public-awards";
import { getOrganisation } from "@/lib/data/organisation";
import { licenceOf } from "@/lib/organisation";
import { wonToMillionWon } from "@/lib/money";

/**
 * GET /api/v1/awards — the /awards filters (year, agency, kind, department, grade, q, sort, dir,
 * page, pageSize). JSON is paged; `format=csv` downloads every match at once.
 */
export async function GET(request: NextRequest) {
  const params = parseAwardApiParams(request.nextUrl.searchParams);
  if (!params.ok) return paramErrors(params.errors);
  const { query, format } = params;
  const org = await getOrganisation();

  if (format === "csv") {
    // A download is never paged; leaving page and pageSize out also keeps one cache entry per filter.
    const { page: _page, pageSize: _pageSize, ...filters } = query;
    return awardDownload(filters, "csv", async () => null);
  }

  const result = await listPublicAwards(query);
  return jsonOk({
    data: result.rows.map(toAwardJson),
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    pageCount: result.pageCount,
    incentiveTotalWon: result.incentiveTotalWon,
    incentiveTotalMillionWon: wonToMillionWon(result.incentiveTotalWon),
    license: licenceOf(org),
  });
}
