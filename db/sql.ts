import { type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { isPostgres } from "./path";

/**
 * SQL that differs between dialects, each behind one name, so lib/data holds no dialect-specific
 * text. Each returns SQLite's or PostgreSQL's form for the database this process runs on.
 */

/** A fresh random token of 24 hex digits. */
export function randomHexToken(): SQL<string> {
  // md5 of random(): PostgreSQL's gen_random_bytes needs the pgcrypto extension. A revision token
  // only has to differ from the last one, not resist guessing.
  return isPostgres()
    ? sql<string>`substr(md5(random()::text || clock_timestamp()::text), 1, 24)`
    : sql<string>`lower(hex(randomblob(12)))`;
}

/** The current time in whole seconds since 1970. */
export function nowSeconds(): SQL<number> {
  return isPostgres() ? sql<number>`extract(epoch from now())::bigint` : sql<number>`unixepoch()`;
}

/**
 * `column LIKE pattern`, ignoring the case of ASCII letters (SQLite's LIKE does; PostgreSQL needs
 * ILIKE), where `\` escapes `%` and `_` in the pattern (SQLite needs the ESCAPE clause).
 */
export function caseInsensitiveLike(column: SQLiteColumn | SQL, pattern: string): SQL {
  return isPostgres() ? sql`${column} ilike ${pattern} escape '\\'` : sql`${column} like ${pattern} escape '\\'`;
}

/** `column IN (ids)` with the ids bound as one value, so a large list never passes a limit on bound variables. */
export function inIdList(column: SQLiteColumn, ids: readonly number[]): SQL {
  return isPostgres()
    ? sql`${column} = any(${`{${ids.join(",")}}`}::bigint[])`
    : sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`;
}

/** Equality that treats NULL as a value (NULL matches NULL). */
export function sameValue(column: SQLiteColumn | SQL, value: unknown): SQL {
  return isPostgres() ? sql`${column} is not distinct from ${value}` : sql`${column} is ${value}`;
}

/** The text with its spaces and tabs removed (registry names compared as typed in different ways). */
export function withoutBlanks(column: SQLiteColumn | SQL): SQL<string> {
  return isPostgres()
    ? sql<string>`translate(${column}, ' ' || chr(9), '')`
    : sql<string>`replace(replace(${column}, ' ', ''), char(9), '')`;
}

/** A condition that holds for no row. */
export const noRow = (): SQL => sql`1 = 0`;

/**
 * ORDER BY terms with NULLs where SQLite puts them (first going up, last going down) on both
 * dialects: PostgreSQL's default is the reverse, and keyset pages (lib/data/public-awards.ts) and
 * ties in public lists rely on one order. Written out, SQLite's default costs SQLite nothing.
 */
export const ascending = (expr: SQLiteColumn | SQL): SQL => sql`${expr} asc nulls first`;
export const descending = (expr: SQLiteColumn | SQL): SQL => sql`${expr} desc nulls last`;
