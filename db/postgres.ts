import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { fillMissingAwardSearch } from "./award-search";
import type { Db } from "./client";
import * as schema from "./schema";

export const POSTGRES_MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations-pg");

// The schema stores integers, booleans and epoch-millisecond times as bigint (db/migrations-pg), and
// sums of them come back as numeric: both as JavaScript numbers, as better-sqlite3 gives them. Every
// stored value is far below 2^53 (the largest, a total in won, is about 10^10). Drizzle's node-postgres
// driver falls back to pg's global parsers, so they are set here, once per process.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** Any number, chosen once: the key of the advisory lock migrating instances take (pg_advisory_lock). */
const MIGRATION_LOCK_KEY = 7_306_541_128;

/**
 * A pool of connections to the PostgreSQL server at `url`, behind the same Drizzle interface the
 * SQLite client has: one schema (db/schema.ts) maps both, because both store the same values
 * (db/migrations-pg/0000_baseline.sql), and lib/data uses only awaited queries. The type is the
 * SQLite client's so lib/data has one type to name; db/ alone tells the dialects apart.
 */
export function openPostgres(url: string): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE) || 10,
    // A server restarted under us: idle connections die, and pg reports it here instead of throwing
    // out of the process. The next query opens a fresh connection.
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
  });
  pool.on("error", (error) => console.error("PostgreSQL connection lost (the next query reconnects)", error.message));
  return drizzle(pool, { schema }) as unknown as Db;
}

/** The pg pool behind a client from openPostgres. */
export const poolOf = (db: Db): pg.Pool => db.$client as unknown as pg.Pool;

/**
 * Applies db/migrations-pg under an advisory lock, so instances started together migrate once: the
 * first applies, the others wait on the lock and then find nothing pending. The lock is held by one
 * session and released by the server if that session dies, so a killed instance leaves none behind.
 */
export async function migratePostgres(db: Db): Promise<void> {
  const client = await poolOf(db).connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await migrate(drizzle(client, { schema }), { migrationsFolder: POSTGRES_MIGRATIONS_FOLDER });
      await drizzle(client, { schema }).transaction((tx) => fillMissingAwardSearch(tx as unknown as Db));
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

/** Closes the pool (scripts, tests): pending queries finish first. */
export async function closePostgres(db: Db): Promise<void> {
  await poolOf(db).end();
}
