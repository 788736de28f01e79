import type { z } from "zod";
import { checkSearchParams, type ParamError } from "@/lib/validations/url-state";

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ParamError[] };

/**
 * Query parameters of an endpoint that takes no award filters, checked by the same rules as every
 * table's URL state (lib/validations/url-state.ts): an unknown or repeated name is an error (a typo
 * must not silently return unfiltered data), and an empty value counts as absent.
 */
export function parseParams<Shape extends z.ZodRawShape>(
  params: URLSearchParams,
  schema: z.ZodObject<Shape>,
): Parsed<z.output<z.ZodObject<Shape>>> {
  const { raw, errors } = checkSearchParams(params, schema, { rejectUnknown: true });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: schema.parse(raw) };
}
