import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

/**
 * Whether a column's text contains `text` as it is, byte for byte: for columns already normalised
 * (awards.search_text), where LIKE's wildcards and case folding are work for nothing. SQLite's
 * instr is a plain substring search; on PostgreSQL this is `strpos(column, text) > 0`.
 */
export function containsText(column: SQLiteColumn | SQL, text: string): SQL {
  return sql`instr(${column}, ${text}) > 0`;
}
