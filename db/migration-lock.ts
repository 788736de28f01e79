import Database from "better-sqlite3";

/**
 * Runs the migrator while holding a lock that every process migrating the same database takes, so
 * instances started together apply each migration once: the first migrates, the others wait and
 * then find nothing left to do. Without it two processes both read "migration N pending" and the
 * second fails on "table already exists".
 *
 * SQLite: an exclusive transaction on a small lock database beside the file (`<file>-migrate-lock`).
 * The operating system releases it when the holder exits, even killed, so no stale lock survives.
 * PostgreSQL has the same contract with an advisory lock on the migrating session (migratePostgres
 * in db/postgres.ts).
 */
export function withMigrationLock<T>(file: string, migrate: () => T): T {
  if (file === ":memory:") return migrate();
  const lock = new Database(`${file}-migrate-lock`);
  try {
    lock.pragma("busy_timeout = 120000");
    lock.exec("BEGIN EXCLUSIVE");
    try {
      return migrate();
    } finally {
      lock.exec("COMMIT");
    }
  } finally {
    lock.close();
  }
}
