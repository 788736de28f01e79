import { createSerializer } from "nuqs/server";
import { z } from "zod";
import { withParticle } from "@/lib/korean";
import { AGENCY_KINDS } from "@/db/schema";
import type { AWARD_QUERY_KEYS } from "./award-query-keys";
import { yearParam } from "./year";
import {
  canonicalSearch,
  type CheckOptions,
  type ParamError,
  readSearchParams,
  type SearchParamsInput,
  withoutNulls,
  zodParser,
} from "./url-state";

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
    .number({ error: `${withParticle(label, "은/는")} 숫자여야 합니다.` })
    .int({ error: `${withParticle(label, "은/는")} 정수여야 합니다.` })
    .positive({ error: `${withParticle(label, "은/는")} 1 이상이어야 합니다.` })
    .max(2_147_483_647, { error: `${withParticle(label, "이/가")} 너무 큽니다.` });

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
export type AwardQuery = Omit<z.output<typeof awardQuerySchema>, "dir" | "pageSize"> & {
  dir: "asc" | "desc";
  pageSize: number;
};

export type { ParamError };

/** Default direction: largest incentive first, everything else ascending. */
export function defaultDirection(sort: AwardSort): "asc" | "desc" {
  return sort === "incentive" ? "desc" : "asc";
}

const shape = awardQuerySchema.shape;

/** The awards table's URL state (/awards, the open data API, the workspace list), read by the rules above. */
export const awardQueryParsers = {
  year: zodParser(shape.year),
  agency: zodParser(shape.agency),
  kind: zodParser(shape.kind),
  department: zodParser(shape.department),
  grade: zodParser(shape.grade),
  q: zodParser(shape.q),
  sort: zodParser(shape.sort).withDefault("order"),
  dir: zodParser(shape.dir),
  page: zodParser(shape.page).withDefault(1),
  pageSize: zodParser(shape.pageSize).withDefault(DEFAULT_PAGE_SIZE),
} satisfies Record<(typeof AWARD_QUERY_KEYS)[number], unknown>;

function tableFor(defaultPageSize: number) {
  const parsers =
    defaultPageSize === DEFAULT_PAGE_SIZE
      ? awardQueryParsers
      : { ...awardQueryParsers, pageSize: awardQueryParsers.pageSize.withDefault(defaultPageSize) };
  return { schema: awardQuerySchema, parsers };
}

/** The direction is left out when it is the sort's own default, like every other default. */
function dropDefaultDirection(search: URLSearchParams): URLSearchParams {
  const sort = (search.get("sort") ?? "order") as AwardSort;
  if (search.get("dir") === defaultDirection(sort)) search.delete("dir");
  return search;
}

const serializers = new Map<number, ReturnType<typeof createSerializer<typeof awardQueryParsers>>>();

function serializerFor(defaultPageSize: number) {
  let serialize = serializers.get(defaultPageSize);
  if (!serialize) {
    serialize = createSerializer(tableFor(defaultPageSize).parsers, {
      clearOnDefault: true,
      processUrlSearchParams: dropDefaultDirection,
    });
    serializers.set(defaultPageSize, serialize);
  }
  return serialize;
}

/** The query as a query string ("?year=2023", or "" for the defaults), defaults and empty filters left out. */
export function serializeAwardQuery(query: Partial<AwardQuery>, defaultPageSize = DEFAULT_PAGE_SIZE): string {
  return serializerFor(defaultPageSize)(query);
}

/** The query as URL params, omitting defaults, so shared links stay short and canonical. */
export function awardQueryToParams(query: Partial<AwardQuery>, defaultPageSize = DEFAULT_PAGE_SIZE): URLSearchParams {
  return new URLSearchParams(serializeAwardQuery(query, defaultPageSize));
}

type ParseOptions = CheckOptions & { defaultPageSize: number };

/**
 * The query from URL params with every problem found. A bad or repeated parameter is left out of
 * `query` (the page keeps a shared link's other filters and says what it dropped).
 */
export function readAwardQuery(
  params: SearchParamsInput,
  options: ParseOptions,
): { query: AwardQuery; errors: ParamError[] } {
  const { values, errors } = readSearchParams(params, tableFor(options.defaultPageSize), options);
  const query = withoutNulls(values);
  return { query: { ...query, dir: query.dir ?? defaultDirection(query.sort) }, errors };
}

/** Parses URL search params, refusing the whole query if any parameter is wrong (the API's contract). */
export function parseAwardQuery(
  params: SearchParamsInput,
  options: ParseOptions,
): { ok: true; query: AwardQuery } | { ok: false; errors: ParamError[] } {
  const { query, errors } = readAwardQuery(params, options);
  return errors.length ? { ok: false, errors } : { ok: true, query };
}

/** Where the /awards filter form lands: its fields as the canonical query string, empty ones left out. */
export function canonicalAwardSearch(params: SearchParamsInput): string {
  return canonicalSearch(params, tableFor(DEFAULT_PAGE_SIZE), serializerFor(DEFAULT_PAGE_SIZE));
}

export type AwardFilters = Omit<AwardQuery, "page" | "pageSize">;
