import type { NextRequest } from "next/server";
import { z } from "zod";
import { parseParams } from "@/lib/api/params";
import { jsonText, notFound, paramErrors } from "@/lib/api/responses";
import { summaryBody } from "@/lib/api/summary-body";
import { awardQuerySchema } from "@/lib/validations/award-query";

const summaryParams = z.object({ year: awardQuerySchema.shape.year });

/** GET /api/v1/summary?year=2023 — a year's totals and breakdowns; the newest year by default. */
export async function GET(request: NextRequest) {
  const params = parseParams(request.nextUrl.searchParams, summaryParams);
  if (!params.ok) return paramErrors(params.errors);
  const body = await summaryBody(params.value.year);
  return body.ok ? jsonText(body.json) : notFound(body.message, body.parameter);
}
