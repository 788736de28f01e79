/** A page's query string as Next.js hands it over: a name may repeat, so a value may be a list. */
export type SearchParams = Record<string, string | string[] | undefined>;
