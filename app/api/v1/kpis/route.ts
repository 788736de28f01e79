import type { NextRequest } from "next/server";
import { z } from "zod";
import { kpiDownload } from "@/lib/api/kpi-download";
import { toKpisJson } from "@/lib/api/kpi-json";
import { parseParams } from "@/lib/api/params";
import { jsonOk, paramErrors } from "@/lib/api/responses";
import { getOrganisation } from "@/lib/data/organisation";
import { listPolicyAreas } from "@/lib/data/public-kpis";
import { licenceOf } from "@/lib/organisation";

const schema = z.object({
  format: z.enum(["json", "csv"], { error: "형식(format)은 json 또는 csv여야 합니다." }).default("json"),
});

/** GET /api/v1/kpis — every KPI figure with its history; `format=csv` downloads them as a file. */
export async function GET(request: NextRequest) {
  // Refusing stray parameters keeps the contract strict (a client expecting a filter learns there is
  // none) and reads the request, which makes this handler run per request instead of at build time.
  const params = parseParams(request.nextUrl.searchParams, schema);
  if (!params.ok) return paramErrors(params.errors);
  if (params.value.format === "csv") return kpiDownload("csv");
  const [areas, org] = await Promise.all([listPolicyAreas(), getOrganisation()]);
  return jsonOk(toKpisJson(areas, licenceOf(org)));
}
