import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { getOrganisation } from "@/lib/data/organisation";
import { checkOptionalYear } from "@/lib/validations/cached-args";
import { getLastChangedAt, getYearSummary, latestAwardYear } from "@/lib/data/public-summary";
import { toSummaryJson } from "./summary-json";

export type SummaryBody = { ok: true; json: string } | { ok: false; message: string; parameter?: "year" };

/**
 * The summary response body, serialized once per change of the data behind it. Decoding three
 * cached values and stringifying them on every request had made /api/v1/summary half as fast as
 * the prerendered dashboard (`npm run bench`); one cached string is read back almost for free.
 */
export async function summaryBody(asked: number | undefined): Promise<SummaryBody> {
  "use cache";
  const year = checkOptionalYear(asked);
  cacheLife("max");
  cacheTag(CACHE_TAGS.awards, CACHE_TAGS.kpis, CACHE_TAGS.registry, CACHE_TAGS.years, CACHE_TAGS.identity);
  const target = year ?? (await latestAwardYear());
  if (target === null) return { ok: false, message: "아직 게시된 수상 실적이 없습니다." };
  const [summary, lastChangedAt, org] = await Promise.all([
    getYearSummary(target),
    getLastChangedAt(),
    getOrganisation(),
  ]);
  if (!summary) return { ok: false, message: `${target}년 자료가 없습니다.`, parameter: "year" };
  return { ok: true, json: JSON.stringify(toSummaryJson(summary, lastChangedAt, org)) };
}
