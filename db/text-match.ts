import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { isPostgres } from "./path";

/**
 * Whether a column's text contains `text` as it is, byte for byte: for columns already normalised
 * (awards.search_text), where LIKE's wildcards and case folding are work for nothing. A plain
 * substring search on both: SQLite's instr, PostgreSQL's strpos.
 */
export function containsText(column: SQLiteColumn | SQL, text: string): SQL {
  return isPostgres() ? sql`strpos(${column}, ${text}) > 0` : sql`instr(${column}, ${text}) > 0`;
}
