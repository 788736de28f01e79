import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { withMigrationLock } from "./migration-lock";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/**
 * The handle a transaction body gets from `transaction` (db/transaction.ts): on SQLite, the writer
 * connection with its transaction open, so one type fits the client and an open transaction.
 */
export type Tx = Db;
/** Anything that can run a query: the client or an open transaction. */
export type Executor = Db;

export { databasePath } from "./path";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/**
 * Opens a database file with the pragmas every connection needs.
 * - WAL lets public reads run while a write commits.
 * - synchronous=NORMAL is deliberate: in WAL mode it survives a killed process (the OS still holds
 *   every committed page); only a power cut can drop the last transactions, which FULL would cost
 *   an fsync per write to prevent.
 * - busy_timeout makes a second writer wait for the lock instead of failing at once.
 */
export function openDatabase(file: string, options: { migrate?: boolean } = {}): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  // First, so that switching a new file to WAL waits for a process opening it at the same moment.
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  const db = drizzle(sqlite, { schema }) as Db;
  // Transactions here read and then write. A deferred BEGIN takes the write lock only at the first
  // write, and if another connection committed in between SQLite fails at once with SQLITE_BUSY
  // (busy_timeout cannot help a stale snapshot). BEGIN IMMEDIATE waits for the lock first, so the
  // transaction then reads current rows and a lost race ends in the version check, not a crash.
  const transaction = db.transaction.bind(db);
  db.transaction = ((run, config) => transaction(run, { behavior: "immediate", ...config })) as Db["transaction"];
  if (options.migrate) withMigrationLock(file, () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }));
  return db;
}
