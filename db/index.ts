import { databasePath, openDatabase, type Db } from "./client";
import { isPostgres, databaseUrl } from "./path";
import { closePostgres, migratePostgres, openPostgres } from "./postgres";
import { transactionRunnerFor, type TransactionRunner } from "./transaction";

export { afterCommit } from "./transaction";

export type { Db, Executor, Tx } from "./client";

const globalForDb = globalThis as unknown as {
  seonggwaDb?: Db;
  seonggwaTransaction?: TransactionRunner;
  seonggwaMigrated?: Promise<void>;
};

// `next build` prerenders in several worker processes at once; they must not race to migrate, so
// the build script migrates first (scripts/migrate.ts) and only a running server migrates here.
const isBuild = process.env.NEXT_PHASE === "phase-production-build";

/**
 * The one Drizzle client: SQLite (migrated as it opens) or a PostgreSQL pool (migrated by
 * `databaseReady`, which the server awaits before its first request). Cached on globalThis so dev
 * reloads reuse the connection.
 */
export const db: Db =
  globalForDb.seonggwaDb ??
  (isPostgres() ? openPostgres(databaseUrl()) : openDatabase(databasePath(), { migrate: !isBuild }));

globalForDb.seonggwaDb = db;

/** Runs a transaction whose body may await (db/transaction.ts); every write that must be atomic uses it. */
export const transaction: TransactionRunner = globalForDb.seonggwaTransaction ?? transactionRunnerFor(db, databasePath);

globalForDb.seonggwaTransaction = transaction;

/** Resolves once the database is migrated: at once on SQLite, after the migrations on PostgreSQL. */
export function databaseReady(): Promise<void> {
  // A failed attempt (the server not up yet) is forgotten, so the next call tries again.
  globalForDb.seonggwaMigrated ??= isPostgres()
    ? migratePostgres(db).catch((error) => {
        globalForDb.seonggwaMigrated = undefined;
        throw error;
      })
    : Promise.resolve();
  return globalForDb.seonggwaMigrated;
}

/** Closes the client, for scripts that end: a PostgreSQL pool would otherwise keep the process alive. */
export async function closeDatabase(): Promise<void> {
  if (isPostgres()) await closePostgres(db);
  else db.$client.close();
}
