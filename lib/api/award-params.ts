import {
  API_DEFAULT_PAGE_SIZE,
  parseAwardQuery,
  type AwardQuery,
  type ParamError,
} from "@/lib/validations/award-query";

export const AWARD_FORMATS = ["json", "csv"] as const;
export type AwardFormat = (typeof AWARD_FORMATS)[number];

export type AwardApiParams = { ok: true; query: AwardQuery; format: AwardFormat } | { ok: false; errors: ParamError[] };

function isFormat(value: string): value is AwardFormat {
  return (AWARD_FORMATS as readonly string[]).includes(value);
}

/**
 * /api/v1/awards takes the /awards page's filters plus `format`. Unknown names are refused here,
 * unlike on the page: an API client with a misspelt filter would otherwise get every award back.
 */
export function parseAwardApiParams(params: URLSearchParams): AwardApiParams {
  const parsed = parseAwardQuery(params, {
    defaultPageSize: API_DEFAULT_PAGE_SIZE,
    extraParams: ["format"],
    rejectUnknown: true,
  });
  const errors = parsed.ok ? [] : [...parsed.errors];

  // A repeated `format` is already reported by parseAwardQuery; the first value is checked here.
  const format = params.get("format")?.trim() || "json";
  if (!isFormat(format))
    errors.push({ parameter: "format", message: `형식(format)은 ${AWARD_FORMATS.join(" 또는 ")}여야 합니다.` });

  if (!parsed.ok || errors.length || !isFormat(format)) return { ok: false, errors };
  return { ok: true, query: parsed.query, format };
}
