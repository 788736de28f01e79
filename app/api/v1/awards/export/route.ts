import type { NextRequest } from "next/server";
import { describeFilters } from "@/components/awards/filter-summary";
import { awardDownload } from "@/lib/api/award-download";
import { parseAwardApiParams } from "@/lib/api/award-params";
import { paramErrors } from "@/lib/api/responses";
import { getOrganisation } from "@/lib/data/organisation";
import { listAgencies, listDepartments } from "@/lib/data/public-registry";
import { agencyKindLabels } from "@/lib/organisation";

const EXPORT_FORMATS = ["xlsx", "csv"] as const;

/**
 * GET /api/v1/awards/export?format=xlsx|csv&<the /api/v1/awards filters> — every matching award as
 * a spreadsheet: the rows with a sum row, and a sheet "정보" with source, licence, filters and date.
 * Built once per published state and streamed (lib/api/award-download.ts).
 */
export async function GET(request: NextRequest) {
  // `format` here means xlsx or csv, so it is taken out before the list's own parser sees it.
  const params = new URLSearchParams(request.nextUrl.searchParams);
  const formats = params.getAll("format");
  params.delete("format");
  const parsed = parseAwardApiParams(params);
  const errors = parsed.ok ? [] : [...parsed.errors];
  const format = formats[0]?.trim() || "xlsx";
  if (formats.length > 1) errors.push({ parameter: "format", message: "format 매개변수가 두 번 이상 주어졌습니다." });
  else if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    errors.push({ parameter: "format", message: `형식(format)은 ${EXPORT_FORMATS.join(" 또는 ")}여야 합니다.` });
  if (!parsed.ok || errors.length) return paramErrors(errors);

  // A download is never paged.
  const { page: _page, pageSize: _pageSize, ...filters } = parsed.query;
  return awardDownload(filters, format as "xlsx" | "csv", async () => {
    const [agencies, departments, org] = await Promise.all([listAgencies(), listDepartments(), getOrganisation()]);
    return describeFilters(parsed.query, { agencies, departments, kindLabels: agencyKindLabels(org.province) });
  });
}
