import type { z } from "zod";
import type { ParamError } from "@/lib/validations/award-query";

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ParamError[] };

/**
 * Query parameters of an endpoint that takes no award filters, read with the same rules as
 * `parseAwardQuery`: an unknown or repeated name is an error (a typo must not silently return
 * unfiltered data), and an empty value counts as absent.
 */
export function parseParams<Shape extends z.ZodRawShape>(
  params: URLSearchParams,
  schema: z.ZodObject<Shape>,
): Parsed<z.output<z.ZodObject<Shape>>> {
  const known = new Set(Object.keys(schema.shape));
  const errors: ParamError[] = [];
  const seen = new Set<string>();
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (!known.has(key)) errors.push({ parameter: key, message: `알 수 없는 매개변수입니다: ${key}` });
    else if (seen.has(key)) errors.push({ parameter: key, message: `${key} 매개변수가 두 번 이상 주어졌습니다.` });
    else if (value.trim() !== "") raw[key] = value;
    seen.add(key);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      errors.push({ parameter: String(issue.path[0] ?? ""), message: issue.message });
  }
  return errors.length || !parsed.success ? { ok: false, errors } : { ok: true, value: parsed.data };
}
