import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { fillMissingAwardSearchSync } from "./award-search";
import { withMigrationLock } from "./migration-lock";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/**
 * The handle a transaction body gets from `transaction` (db/transaction.ts): on SQLite, the writer
 * connection with its transaction open; on PostgreSQL, Drizzle's transaction (db/postgres.ts). One
 * type fits the client and an open transaction on both, as lib/data uses only what both have.
 */
export type Tx = Db;
/** Anything that can run a query: the client or an open transaction. */
export type Executor = Db;

export { databasePath } from "./path";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/**
 * Opens a database file with the pragmas every connection needs, and with `migrate` brings it up to
 * date first. Migrating opens run whole under the migration lock (db/migration-lock.ts), the switch
 * to WAL included: several processes switching one new file to WAL at once get SQLITE_BUSY from
 * SQLite without its busy handler being asked, so the first does it alone and the others find it done.
 */
export function openDatabase(file: string, options: { migrate?: boolean } = {}): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (!options.migrate) return connect(file);
  return withMigrationLock(file, () => {
    const db = connect(file);
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    // The data step of migrations that add computed columns: it runs in JavaScript, not SQL.
    db.transaction((tx) => fillMissingAwardSearchSync(tx));
    return db;
  });
}

/**
 * - WAL lets public reads run while a write commits.
 * - synchronous=NORMAL is deliberate: in WAL mode it survives a killed process (the OS still holds
 *   every committed page); only a power cut can drop the last transactions, which FULL would cost
 *   an fsync per write to prevent.
 * - busy_timeout makes a second writer wait for the lock instead of failing at once.
 */
function connect(file: string): Db {
  const sqlite = new Database(file);
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
  return db;
}
