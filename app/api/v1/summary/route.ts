import type { NextRequest } from "next/server";
import { z } from "zod";
import { parseParams } from "@/lib/api/params";
import { jsonOk, notFound, paramErrors } from "@/lib/api/responses";
import { toSummaryJson } from "@/lib/api/summary-json";
import { getLastChangedAt, getYearSummary, latestAwardYear } from "@/lib/data/public-summary";
import { awardQuerySchema } from "@/lib/validations/award-query";

const summaryParams = z.object({ year: awardQuerySchema.shape.year });

/** GET /api/v1/summary?year=2023 — a year's totals and breakdowns; the newest year by default. */
export async function GET(request: NextRequest) {
  const params = parseParams(request.nextUrl.searchParams, summaryParams);
  if (!params.ok) return paramErrors(params.errors);

  const year = params.value.year ?? (await latestAwardYear());
  if (year === null) return notFound("공개된 수상 실적이 없습니다.");
  const [summary, lastChangedAt] = await Promise.all([getYearSummary(year), getLastChangedAt()]);
  if (!summary) return notFound(`${year}년 자료가 없습니다.`, "year");
  return jsonOk(toSummaryJson(summary, lastChangedAt));
}
