import { createLoader, createParser, type inferParserType, type ParserMap } from "nuqs/server";
import type { z } from "zod";

/**
 * URL state, one idiom for every table: a zod object holds each parameter's rule and its Korean
 * message, nuqs parsers built from it read and write the query string (`createLoader`,
 * `createSerializer` from `nuqs/server`, which run on the server and add no client JavaScript).
 */

export type ParamError = { parameter: string; message: string };

/** A page's query string as Next.js hands it over: a name may repeat, so a value may be a list. */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** A nuqs parser that accepts exactly what the zod rule accepts; anything else reads as absent. */
export function zodParser<S extends z.ZodType>(schema: S) {
  return createParser<NonNullable<z.output<S>>>({
    parse(value) {
      if (value.trim() === "") return null;
      const parsed = schema.safeParse(value);
      return parsed.success && parsed.data != null ? (parsed.data as NonNullable<z.output<S>>) : null;
    },
    serialize: (value) => String(value),
  });
}

function entriesOf(input: SearchParamsInput): [string, string][] {
  if (input instanceof URLSearchParams) return [...input.entries()];
  return Object.entries(input).flatMap(([key, value]) =>
    value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [key, v]),
  );
}

export type CheckOptions = {
  /** Names the caller accepts beyond the table's own, not validated here (the API's `format`). */
  extraParams?: readonly string[];
  /** Report names the table does not know: an API client with a misspelt filter must not get everything. */
  rejectUnknown?: boolean;
};

/**
 * Checks a query string against a table's rules. An empty value counts as absent (a cleared form
 * field submits ""); a repeated name is an error, even when its first value is empty. Returns the
 * non-empty values worth keeping (neither repeated nor bad) and every problem, each naming its parameter.
 */
export function checkSearchParams(
  input: SearchParamsInput,
  schema: z.ZodObject,
  options: CheckOptions = {},
): { kept: URLSearchParams; raw: Record<string, string>; errors: ParamError[] } {
  const own = new Set(Object.keys(schema.shape));
  const known = new Set([...own, ...(options.extraParams ?? [])]);
  const errors: ParamError[] = [];
  const raw: Record<string, string> = {};
  const seen = new Set<string>();
  const bad = new Set<string>();
  for (const [key, value] of entriesOf(input)) {
    if (!known.has(key)) {
      if (options.rejectUnknown) errors.push({ parameter: key, message: `알 수 없는 매개변수입니다: ${key}` });
      continue;
    }
    if (seen.has(key)) {
      if (!bad.has(key)) errors.push({ parameter: key, message: `${key} 매개변수가 두 번 이상 주어졌습니다.` });
      bad.add(key);
      continue;
    }
    seen.add(key);
    if (value.trim() !== "" && own.has(key)) raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const parameter = String(issue.path[0] ?? "");
      errors.push({ parameter, message: issue.message });
      bad.add(parameter);
    }
  }
  const kept = new URLSearchParams(Object.entries(raw).filter(([key]) => !bad.has(key)));
  return { kept, raw, errors };
}

/**
 * A table's query read with its nuqs parsers: what passes the rules, with the parsers' defaults for
 * the rest, and the problems found. A page shows the problems and keeps the other filters; an API
 * answers 400 with them.
 */
export function readSearchParams<P extends ParserMap>(
  input: SearchParamsInput,
  table: { schema: z.ZodObject; parsers: P },
  options: CheckOptions = {},
): { values: inferParserType<P>; errors: ParamError[] } {
  const { kept, errors } = checkSearchParams(input, table.schema, options);
  return { values: createLoader(table.parsers)(kept), errors };
}

/**
 * The canonical query string of a request: the parsed values through the table's serializer
 * (defaults and empty fields left out) and, as given, any value that fails its rule, so the page
 * can still say what was wrong with it. What a filter form lands on before the page is shown.
 */
export function canonicalSearch<P extends ParserMap>(
  input: SearchParamsInput,
  table: { schema: z.ZodObject; parsers: P },
  serialize: (values: inferParserType<P>) => string,
): string {
  const { raw, errors } = checkSearchParams(input, table.schema);
  const { values } = readSearchParams(input, table);
  const search = new URLSearchParams(serialize(values));
  for (const parameter of new Set(errors.map((e) => e.parameter)))
    if (raw[parameter] !== undefined) search.set(parameter, raw[parameter]);
  const query = search.toString();
  return query ? `?${query}` : "";
}

/** nuqs reads an absent value as null; the app's filter types say `undefined`. */
export function withoutNulls<T extends Record<string, unknown>>(values: T): { [K in keyof T]: Exclude<T[K], null> } {
  const entries = Object.entries(values).map(([key, value]) => [key, value ?? undefined]);
  return Object.fromEntries(entries) as { [K in keyof T]: Exclude<T[K], null> };
}
