import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "./client";
import { isPostgres } from "./path";

/**
 * Statements written as SQL text rather than built by Drizzle's query builder, run on either dialect:
 * better-sqlite3's Drizzle client has `all`/`run`, node-postgres's has `execute`.
 */
type PostgresExecutor = { execute(query: SQL): Promise<{ rows: unknown[] }> };

export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  if (isPostgres()) return (await (db as unknown as PostgresExecutor).execute(query)).rows as T[];
  return db.all<T>(query);
}

export async function execute(db: Executor, query: SQL): Promise<void> {
  if (isPostgres()) await (db as unknown as PostgresExecutor).execute(query);
  else db.run(query);
}

/**
 * Makes writers that compute the same thing from existing rows (the next place in a list) take
 * turns until this transaction ends. SQLite's writers already take turns (BEGIN IMMEDIATE, one at a
 * time); under PostgreSQL's READ COMMITTED two such INSERTs would both read the same maximum, so
 * there a transaction-scoped advisory lock on `key` queues them.
 */
export async function takeTurns(tx: Executor, key: string): Promise<void> {
  if (isPostgres()) await execute(tx, sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}
