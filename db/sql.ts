import { type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

/**
 * SQL that differs between dialects, each behind one name, so lib/data holds no dialect-specific
 * text. A switch to PostgreSQL rewrites these bodies (noted beside each) and nothing else.
 */

/** A fresh random token of 24 hex digits. PostgreSQL: `encode(gen_random_bytes(12), 'hex')`. */
export function randomHexToken(): SQL<string> {
  return sql<string>`lower(hex(randomblob(12)))`;
}

/** The current time in whole seconds since 1970. PostgreSQL: `extract(epoch from now())::bigint`. */
export function nowSeconds(): SQL<number> {
  return sql<number>`unixepoch()`;
}

/**
 * `column LIKE pattern`, ignoring the case of ASCII letters (SQLite's LIKE does; PostgreSQL needs
 * ILIKE), where `\` escapes `%` and `_` in the pattern (SQLite needs the ESCAPE clause).
 */
export function caseInsensitiveLike(column: SQLiteColumn | SQL, pattern: string): SQL {
  return sql`${column} like ${pattern} escape '\\'`;
}

/**
 * `column IN (ids)` with the ids bound as one JSON array, so a large list never passes SQLite's
 * limit on bound variables. PostgreSQL: `column = any(${ids})`.
 */
export function inIdList(column: SQLiteColumn, ids: readonly number[]): SQL {
  return sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`;
}

/** Equality that treats NULL as a value (NULL matches NULL). PostgreSQL: `IS NOT DISTINCT FROM`. */
export function sameValue(column: SQLiteColumn | SQL, value: unknown): SQL {
  return sql`${column} is ${value}`;
}
