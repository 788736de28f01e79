import type { SQL } from "drizzle-orm";
import { awards } from "@/db/schema";
import { containsText } from "@/db/text-match";
import { searchKey } from "@/lib/search/normalize";

/**
 * The award list's text search: the query's search key (lib/search/normalize.ts) within the
 * precomputed `awards.search_text`, which holds the title, grade, body and department names as
 * published, and the title's initial consonants. So spacing, middle dots and common hanja do not
 * matter, and initial consonants (초성) find titles. Every character typed is literal (`%` and `_` too).
 * Undefined when the query has nothing to search for (only spaces or dots).
 */
export function awardSearchCondition(q: string | undefined): SQL | undefined {
  const key = q ? searchKey(q) : "";
  return key ? containsText(awards.searchText, key) : undefined;
}
