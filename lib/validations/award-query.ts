import { z } from "zod";
import { AGENCY_KINDS } from "@/db/schema";
import { yearParam } from "./year";

export const AWARD_SORTS = ["order", "year", "title", "agency", "grade", "incentive"] as const;
export type AwardSort = (typeof AWARD_SORTS)[number];

/** Filter value for "no grade printed". */
export const NO_GRADE = "없음";

export const AWARD_PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const API_DEFAULT_PAGE_SIZE = 100;
export const API_MAX_PAGE_SIZE = 1000;

const id = (label: string) =>
  z.coerce
    .number({ error: `${label}는 숫자여야 합니다.` })
    .int({ error: `${label}는 정수여야 합니다.` })
    .positive({ error: `${label}는 1 이상이어야 합니다.` })
    .max(2_147_483_647, { error: `${label}가 너무 큽니다.` });

/** The awards filters, shared by the /awards URL and the open data API. */
export const awardQuerySchema = z.object({
  year: yearParam.optional(),
  agency: id("주관기관 번호").optional(),
  kind: z.enum(AGENCY_KINDS, { error: `기관 유형은 ${AGENCY_KINDS.join(", ")} 중 하나여야 합니다.` }).optional(),
  department: id("부서 번호").optional(),
  grade: z.string().trim().min(1).max(50, { error: "등급은 50자 이내여야 합니다." }).optional(),
  q: z.string().trim().max(100, { error: "검색어는 100자 이내여야 합니다." }).optional(),
  sort: z.enum(AWARD_SORTS, { error: `정렬 기준은 ${AWARD_SORTS.join(", ")} 중 하나여야 합니다.` }).default("order"),
  dir: z.enum(["asc", "desc"], { error: "정렬 방향은 asc 또는 desc여야 합니다." }).optional(),
  page: z.coerce
    .number({ error: "쪽 번호는 숫자여야 합니다." })
    .int({ error: "쪽 번호는 정수여야 합니다." })
    .min(1, { error: "쪽 번호는 1 이상이어야 합니다." })
    .max(1_000_000, { error: "쪽 번호가 너무 큽니다." })
    .default(1),
  pageSize: z.coerce
    .number({ error: "쪽당 행 수는 숫자여야 합니다." })
    .int({ error: "쪽당 행 수는 정수여야 합니다." })
    .min(1, { error: "쪽당 행 수는 1 이상이어야 합니다." })
    .max(API_MAX_PAGE_SIZE, { error: `쪽당 행 수는 ${API_MAX_PAGE_SIZE} 이하여야 합니다.` })
    .optional(),
});

export type AwardQueryInput = z.input<typeof awardQuerySchema>;
export type AwardQuery = z.output<typeof awardQuerySchema> & { dir: "asc" | "desc"; pageSize: number };

export type ParamError = { parameter: string; message: string };

/** Default direction: largest incentive first, everything else ascending. */
export function defaultDirection(sort: AwardSort): "asc" | "desc" {
  return sort === "incentive" ? "desc" : "asc";
}

/**
 * Parses URL search params. Empty values count as absent (a cleared filter field submits "").
 * Unknown names are reported when `allowed` lists the names the caller accepts beyond the filters.
 */
export function parseAwardQuery(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
  options: { defaultPageSize: number; extraParams?: string[]; rejectUnknown?: boolean },
): { ok: true; query: AwardQuery } | { ok: false; errors: ParamError[] } {
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([k, v]) =>
          v === undefined
            ? []
            : Array.isArray(v)
              ? v.map((x) => [k, x] as [string, string])
              : [[k, v] as [string, string]],
        );
  const known = new Set([...Object.keys(awardQuerySchema.shape), ...(options.extraParams ?? [])]);
  const errors: ParamError[] = [];
  const raw: Record<string, string> = {};
  // Names seen so far, empty values included: "?year=&year=2023" is a repeat, not a filled-in year.
  const seen = new Set<string>();
  for (const [key, value] of entries) {
    if (!known.has(key)) {
      if (options.rejectUnknown) errors.push({ parameter: key, message: `알 수 없는 매개변수입니다: ${key}` });
      continue;
    }
    if (seen.has(key)) {
      errors.push({ parameter: key, message: `${key} 매개변수가 두 번 이상 주어졌습니다.` });
      continue;
    }
    seen.add(key);
    if (value.trim() !== "") raw[key] = value;
  }
  const parsed = awardQuerySchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      errors.push({ parameter: String(issue.path[0] ?? ""), message: issue.message });
  }
  if (errors.length || !parsed.success) return { ok: false, errors };
  const q = parsed.data;
  return {
    ok: true,
    query: { ...q, dir: q.dir ?? defaultDirection(q.sort), pageSize: q.pageSize ?? options.defaultPageSize },
  };
}

/** The query as URL params, omitting defaults, so shared links stay short and canonical. */
export function awardQueryToParams(query: Partial<AwardQuery>, defaultPageSize = DEFAULT_PAGE_SIZE): URLSearchParams {
  const p = new URLSearchParams();
  if (query.year) p.set("year", String(query.year));
  if (query.agency) p.set("agency", String(query.agency));
  if (query.kind) p.set("kind", query.kind);
  if (query.department) p.set("department", String(query.department));
  if (query.grade) p.set("grade", query.grade);
  if (query.q) p.set("q", query.q);
  if (query.sort && query.sort !== "order") p.set("sort", query.sort);
  if (query.sort && query.dir && query.dir !== defaultDirection(query.sort)) p.set("dir", query.dir);
  if (query.page && query.page > 1) p.set("page", String(query.page));
  if (query.pageSize && query.pageSize !== defaultPageSize) p.set("pageSize", String(query.pageSize));
  return p;
}
