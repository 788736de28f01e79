import type { NextRequest } from "next/server";
import { z } from "zod";
import { kpiDownload } from "@/lib/api/kpi-download";
import { parseParams } from "@/lib/api/params";
import { paramErrors } from "@/lib/api/responses";

const schema = z.object({
  format: z.enum(["xlsx", "csv"], { error: "형식(format)은 xlsx 또는 csv여야 합니다." }).default("xlsx"),
});

/**
 * GET /api/v1/kpis/export?format=xlsx|csv — every KPI figure as a spreadsheet, one row per period,
 * with a sheet "정보" (source, licence, date) in the XLSX. The same figures as /api/v1/kpis.
 */
export async function GET(request: NextRequest) {
  const params = parseParams(request.nextUrl.searchParams, schema);
  if (!params.ok) return paramErrors(params.errors);
  return kpiDownload(params.value.format);
}
