import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { isPostgres } from "./path";

/**
 * The column, kept from SQLite's index choice: the unary + of SQLite's query planner documentation.
 * The app never runs ANALYZE, so SQLite picks indexes by their shape alone; where that is the wrong
 * path (a text search reads every row either way) a query says so with this. SQLite only: on
 * PostgreSQL `+` is not defined for text or timestamps, and its planner, which has statistics,
 * needs no hint, so there this is the column itself.
 */
export function withoutIndex(column: SQLiteColumn): SQL {
  return isPostgres() ? sql`${column}` : sql`+${column}`;
}
