import { DEFAULT_PAGE_SIZE, readAwardQuery, serializeAwardQuery } from "./award-query";
import { AWARD_QUERY_KEYS } from "./award-query-keys";

/**
 * A filtered /awards view as a path segment, so Next can cache its whole rendered page per view
 * (app/(public)/awards/view/[view]) the way it caches the unfiltered list: a page that reads the
 * query string renders for every request, a page that reads only its params is rendered once per
 * publication. The segment is the canonical query string in base64url, so no character of a search
 * word has to survive path decoding, and each view has exactly one segment.
 */

/** The view's segment, or null when the query is the unfiltered list or has a problem to report. */
export function awardViewSegment(params: URLSearchParams): string | null {
  if (!AWARD_QUERY_KEYS.some((key) => params.has(key))) return null;
  const { query, errors } = readAwardQuery(params, { defaultPageSize: DEFAULT_PAGE_SIZE });
  // The page itself says what was wrong with a bad parameter: that request is rendered as it came.
  if (errors.length > 0) return null;
  const search = serializeAwardQuery(query);
  const segment = search ? Buffer.from(search.slice(1), "utf8").toString("base64url") : "";
  // Far beyond any view the limits on the filters allow; anything longer is rendered as it came.
  return segment && segment.length <= MAX_SEGMENT ? segment : null;
}

const MAX_SEGMENT = 2048;

/** The query a segment stands for, or null unless it is exactly the canonical form of a valid one. */
export function awardViewQuery(segment: string): URLSearchParams | null {
  if (segment.length > MAX_SEGMENT || !/^[A-Za-z0-9_-]+$/.test(segment)) return null;
  const params = new URLSearchParams(Buffer.from(segment, "base64url").toString("utf8"));
  return awardViewSegment(params) === segment ? params : null;
}
