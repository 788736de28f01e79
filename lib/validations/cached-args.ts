import { z } from "zod";
import { QueryRefusedError } from "@/lib/errors";
import { type AwardFilters, type AwardQuery, awardQuerySchema } from "./award-query";

/**
 * Arguments of the public "use cache" data functions, checked inside each one. Next compiles such a
 * function into a server reference with an id, and anyone who learns the id can call it with any
 * arguments, bypassing the page's or the API's own parsing. A refused call throws before SQLite is
 * reached and before anything is cached (an error is never stored as an entry).
 */
export function refuseUnless<T>(parsed: z.ZodSafeParseResult<T>): T {
  if (parsed.success) return parsed.data;
  throw new QueryRefusedError(parsed.error.issues.map((i) => i.message).join(" "));
}

const year = awardQuerySchema.shape.year.unwrap();

/** A year as the URL rules accept it. */
export function checkYear(value: unknown): number {
  return refuseUnless(year.safeParse(value));
}

/** A year, or undefined for "the newest". */
export function checkOptionalYear(value: unknown): number | undefined {
  return refuseUnless(year.optional().safeParse(value));
}

const direction = z.enum(["asc", "desc"], { error: "정렬 방향은 asc 또는 desc여야 합니다." });
const filtersSchema = awardQuerySchema.omit({ page: true, pageSize: true }).extend({ dir: direction }).strict();
const pageSchema = awardQuerySchema
  .extend({ dir: direction, pageSize: awardQuerySchema.shape.pageSize.unwrap() })
  .strict();

/** One page of the awards list: the URL's rules, with the direction and page size filled in. */
export function checkAwardPage(query: unknown): AwardQuery {
  return refuseUnless(pageSchema.safeParse(query));
}

/** The unpaged list behind the downloads. */
export function checkAwardFilters(query: unknown): AwardFilters {
  return refuseUnless(filtersSchema.safeParse(query));
}
