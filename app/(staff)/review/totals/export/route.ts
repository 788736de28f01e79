import type { NextRequest } from "next/server";
import { z } from "zod";
import { parseParams } from "@/lib/api/params";
import { notFound, paramErrors } from "@/lib/api/responses";
import { can } from "@/lib/auth/can";
import { staffViewerForRoute } from "@/lib/auth/route-gate";
import { toCsv } from "@/lib/csv";
import { getOrganisation } from "@/lib/data/organisation";
import { getYearSummary } from "@/lib/data/public-summary";
import { agencyKindLabels, licenceOf } from "@/lib/organisation";
import { listYearOverview } from "@/lib/data/totals";
import { exportInfo } from "@/lib/review/export-info";
import { TOTALS_COLUMNS, totalsFilename, totalsLines, totalsSumLine } from "@/lib/review/totals-export";
import { yearParam } from "@/lib/validations/year";
import { toXlsx, XLSX_CONTENT_TYPE } from "@/lib/xlsx";

const schema = z.object({
  year: yearParam,
  format: z.enum(["xlsx", "csv"], { error: "형식(format)은 xlsx 또는 csv여야 합니다." }).default("xlsx"),
});

// The report is for the planning office: never stored by a browser or a proxy.
const PRIVATE = { "Cache-Control": "private, no-store" } as const;

/** GET /review/totals/export?year=2023&format=xlsx|csv — the totals page as a spreadsheet, planners only. */
export async function GET(request: NextRequest) {
  const [gated, org] = await Promise.all([staffViewerForRoute(), getOrganisation()]);
  // A gate (temporary password, required authenticator) says what to do; anyone else is refused.
  if (!gated.ok || !can(gated.viewer, "totals.read"))
    return new Response(
      !gated.ok && gated.status === 403 ? gated.message : `${org.reviewOffice}만 내려받을 수 있습니다.`,
      {
        status: 403,
        headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" },
      },
    );
  const { viewer } = gated;

  const parsed = parseParams(request.nextUrl.searchParams, schema);
  if (!parsed.ok) return paramErrors(parsed.errors);
  const { year, format } = parsed.value;
  const summary = await getYearSummary(year);
  if (!summary) return notFound(`${year}년 집계가 없습니다.`, "year");

  const lines = [
    ...totalsLines(await listYearOverview(viewer), summary, agencyKindLabels(org.province)),
    totalsSumLine(summary),
  ];
  const disposition = `attachment; filename="${totalsFilename(year, format)}"`;
  if (format === "csv") {
    return new Response(toCsv(lines, TOTALS_COLUMNS), {
      headers: { ...PRIVATE, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": disposition },
    });
  }
  const rows = lines.slice(0, -1);
  const info = exportInfo({
    title: `${org.name} 기관표창 수상 실적 집계`,
    licence: licenceOf(org),
    filters: `${year}년`,
    rowCount: rows.length,
    exportedAt: new Date(),
  });
  const bytes = await toXlsx(
    { name: "집계", columns: TOTALS_COLUMNS, rows, sumRow: TOTALS_COLUMNS.map((c) => c.value(lines.at(-1)!)) },
    info,
  );
  return new Response(bytes as BodyInit, {
    headers: { ...PRIVATE, "Content-Type": XLSX_CONTENT_TYPE, "Content-Disposition": disposition },
  });
}
