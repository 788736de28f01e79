import type { NextRequest } from "next/server";
import { describeFilters } from "@/components/awards/filter-summary";
import { awardCsvColumns, awardsCsvFilename } from "@/lib/api/award-csv";
import { parseAwardApiParams } from "@/lib/api/award-params";
import { csvAttachment, paramErrors } from "@/lib/api/responses";
import { toCsv } from "@/lib/csv";
import { listAllPublicAwards } from "@/lib/data/public-awards";
import { listAgencies, listDepartments } from "@/lib/data/public-registry";
import { getOrganisation } from "@/lib/data/organisation";
import { agencyKindLabels, licenceOf } from "@/lib/organisation";
import { awardSumRow, awardXlsxColumns, awardsXlsxFilename } from "@/lib/review/award-export";
import { exportInfo } from "@/lib/review/export-info";
import { toXlsx, XLSX_CONTENT_TYPE } from "@/lib/xlsx";

const EXPORT_FORMATS = ["xlsx", "csv"] as const;

/**
 * GET /api/v1/awards/export?format=xlsx|csv&<the /api/v1/awards filters> — every matching award as
 * a spreadsheet: the rows with a sum row, and a sheet "정보" with source, licence, filters and date.
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
  const [rows, org] = await Promise.all([listAllPublicAwards(filters), getOrganisation()]);
  const kindLabels = agencyKindLabels(org.province);
  if (format === "csv") return csvAttachment(toCsv(rows, awardCsvColumns(kindLabels)), awardsCsvFilename(filters.year));

  const [agencies, departments] = await Promise.all([listAgencies(), listDepartments()]);
  const info = exportInfo({
    title: `${org.name} 기관표창 수상 실적`,
    licence: licenceOf(org),
    filters: describeFilters(parsed.query, { agencies, departments, kindLabels }),
    rowCount: rows.length,
    exportedAt: new Date(),
  });
  const bytes = await toXlsx(
    { name: "수상 실적", columns: awardXlsxColumns(kindLabels), rows, sumRow: awardSumRow(rows) },
    info,
  );
  return new Response(bytes as BodyInit, {
    headers: {
      // The same caching and CORS as the rest of the open data API (lib/api/responses.ts).
      "Cache-Control": "public, max-age=0, must-revalidate",
      "Access-Control-Allow-Origin": "*",
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${awardsXlsxFilename(filters.year)}"`,
    },
  });
}
