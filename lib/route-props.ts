/** Props Next.js passes to a page; written out so type checks do not depend on generated types. */
export type SearchParams = Record<string, string | string[] | undefined>;
export type PageSearchProps = { searchParams: Promise<SearchParams> };
export type PageIdProps = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/** The first value of a search param, if it is a string. */
export function param(params: SearchParams, name: string): string | undefined {
  const v = params[name];
  return typeof v === "string" ? v : undefined;
}

/** A route's numeric id, or null for anything that is not a positive integer. */
export function routeId(text: string): number | null {
  return /^\d{1,10}$/.test(text) && Number(text) > 0 ? Number(text) : null;
}
