import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "./client";
import { isPostgres } from "./path";
import { heldLocks } from "./held-locks";

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
 * Makes writers that read rows and then write on what they read take turns until this transaction
 * ends. SQLite's writers already take turns (BEGIN IMMEDIATE, one at a time); under PostgreSQL's
 * READ COMMITTED two such transactions would both read the same state (the same maximum, a year
 * still open, a department not yet merged), so there a transaction-scoped advisory lock on `key`
 * queues them. "shared": writes that only rely on what `key` guards (a save checking that its year
 * is open) run side by side, and wait only for an "exclusive" holder (the year being closed).
 */
export async function takeTurns(tx: Executor, key: string, mode: "exclusive" | "shared" = "exclusive"): Promise<void> {
  if (!isPostgres()) return;
  // Held until the transaction ends: a second call (a 1,200-row import checks each row's year) is free.
  const held = heldLocks.get(tx);
  if (held?.has(`exclusive:${key}`) || held?.has(`${mode}:${key}`)) return;
  held?.add(`${mode}:${key}`);
  await execute(
    tx,
    mode === "shared"
      ? sql`select pg_advisory_xact_lock_shared(hashtext(${key}))`
      : sql`select pg_advisory_xact_lock(hashtext(${key}))`,
  );
}

/** The lock key of a year's status (open, closed), for takeTurns. */
export const yearKey = (year: number) => `year:${year}`;
/** The lock key of the registries' state (names, active, merged), for takeTurns. */
export const REGISTRY_KEY = "registry";
