import { AsyncLocalStorage } from "node:async_hooks";
import { openDatabase, type Db } from "./client";

/**
 * Transactions whose bodies may await, on SQLite.
 *
 * better-sqlite3 refuses a transaction body that returns a promise, and one connection cannot hold a
 * transaction open across an await without every other query on it joining that transaction (and
 * reading its uncommitted rows). So writes get a connection of their own: a transaction takes an
 * in-process lock, runs `BEGIN IMMEDIATE` there (waiting for other processes' writers through
 * busy_timeout), and commits or rolls back. Reads outside a transaction stay on the main connection
 * and, in WAL mode, see only committed data. A transaction started inside another joins it.
 */
export type TransactionRunner = <T>(body: (tx: Db) => Promise<T>) => Promise<T>;

export function transactionRunner(file: string): TransactionRunner {
  let writer: Db | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const current = new AsyncLocalStorage<Db>();

  return function transaction<T>(body: (tx: Db) => Promise<T>): Promise<T> {
    const outer = current.getStore();
    if (outer) return body(outer);
    const run = queue.then(async () => {
      writer ??= openDatabase(file);
      const sqlite = writer.$client;
      sqlite.exec("BEGIN IMMEDIATE");
      try {
        const result = await current.run(writer, () => body(writer as Db));
        sqlite.exec("COMMIT");
        return result;
      } catch (error) {
        if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
        throw error;
      }
    });
    queue = run.catch(() => undefined);
    return run;
  };
}
