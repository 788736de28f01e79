/**
 * Every query parameter the /awards page reads (awardQueryParsers checks it has exactly these).
 * A request for /awards carrying none of them is the unfiltered list, which next.config.ts serves
 * from its prerendered route; kept free of imports so the config can read it.
 */
export const AWARD_QUERY_KEYS = [
  "year",
  "agency",
  "kind",
  "department",
  "grade",
  "q",
  "sort",
  "dir",
  "page",
  "pageSize",
] as const;
