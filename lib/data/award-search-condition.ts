import { sql, type SQL } from "drizzle-orm";
import { awards } from "@/db/schema";
import { searchKey } from "@/lib/search/normalize";

/**
 * The award list's text search: the query's search key (lib/search/normalize.ts) within the
 * precomputed `awards.search_text`, which holds the title, grade, body and department names as
 * published, and the title's initial consonants. So spacing, middle dots and common hanja do not
 * matter, and 초성 (ㅊㅁ) finds titles. `%` and `_` typed by a user are literal characters.
 * Undefined when the query has nothing to search for (only spaces or dots).
 */
export function awardSearchCondition(q: string | undefined): SQL | undefined {
  const key = q ? searchKey(q) : "";
  if (!key) return undefined;
  const pattern = `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${awards.searchText} like ${pattern} escape '\\'`;
}
