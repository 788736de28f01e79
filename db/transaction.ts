import { AsyncLocalStorage } from "node:async_hooks";
import { openDatabase, type Db } from "./client";
import { heldLocks } from "./held-locks";
import { isPostgres } from "./path";

/**
 * Transactions whose bodies may await.
 *
 * PostgreSQL: Drizzle's own transaction on a pooled connection, at the server's default isolation
 * (READ COMMITTED). The guards are in the SQL itself (a version or status in the UPDATE's WHERE,
 * unique indexes), so two concurrent writers still end in one success and one refusal.
 *
 * SQLite:
 * better-sqlite3 refuses a transaction body that returns a promise, and one connection cannot hold a
 * transaction open across an await without every other query on it joining that transaction (and
 * reading its uncommitted rows). So writes get a connection of their own: a transaction takes an
 * in-process lock, runs `BEGIN IMMEDIATE` there (waiting for other processes' writers through
 * busy_timeout), and commits or rolls back. Reads outside a transaction stay on the main connection
 * and, in WAL mode, see only committed data. A transaction started inside another joins it.
 */
export type TransactionRunner = <T>(body: (tx: Db) => Promise<T>) => Promise<T>;

/** Work that must wait until the transaction that caused it has committed (a notice by e-mail). */
// On globalThis like the runner itself (db/index.ts), so a dev reload's afterCommit finds the runner's hooks.
const globalForHooks = globalThis as unknown as { seonggwaCommitHooks?: AsyncLocalStorage<(() => void)[]> };
globalForHooks.seonggwaCommitHooks ??= new AsyncLocalStorage<(() => void)[]>();
const commitHooks = globalForHooks.seonggwaCommitHooks;

/**
 * Runs `hook` once the current transaction commits, never if it rolls back; outside a transaction,
 * at once. A hook must not throw or block: it starts its work and returns.
 */
export function afterCommit(hook: () => void): void {
  const hooks = commitHooks.getStore();
  if (hooks) hooks.push(hook);
  else runHook(hook);
}

function runHook(hook: () => void): void {
  try {
    hook();
  } catch (error) {
    // The write has committed; what follows it cannot undo it, so its failure is only reported.
    console.error("after-commit work failed", error);
  }
}

/**
 * A runner over `connection`: a transaction started inside another joins it, and hooks queued by
 * afterCommit run once the outermost commits. `oneAtATime` queues transactions in this process
 * (SQLite: one writer connection); PostgreSQL's pool runs them side by side.
 */
function runner(connection: () => Db, oneAtATime: boolean): TransactionRunner {
  const current = new AsyncLocalStorage<Db>();
  let queue: Promise<unknown> = Promise.resolve();
  return function transaction<T>(body: (tx: Db) => Promise<T>): Promise<T> {
    const outer = current.getStore();
    if (outer) return body(outer);
    const run = async () => {
      const hooks: (() => void)[] = [];
      const result = await transactionOn(connection(), (tx) =>
        current.run(tx, () => commitHooks.run(hooks, () => body(tx))),
      );
      for (const hook of hooks) runHook(hook);
      return result;
    };
    if (!oneAtATime) return run();
    const queued = queue.then(run);
    queue = queued.catch(() => undefined);
    return queued;
  };
}

export const postgresTransactionRunner = (db: Db): TransactionRunner => runner(() => db, false);

export function transactionRunner(file: string): TransactionRunner {
  let writer: Db | undefined;
  return runner(() => (writer ??= openDatabase(file)), true);
}

type PostgresTransaction = (body: (tx: Db) => Promise<unknown>) => Promise<unknown>;

/** The runner for the database this process uses. */
export function transactionRunnerFor(db: Db, file: () => string): TransactionRunner {
  return isPostgres() ? postgresTransactionRunner(db) : transactionRunner(file());
}

/**
 * One transaction on `db`: Drizzle's on PostgreSQL (each transaction registered for takeTurns); on
 * SQLite `BEGIN IMMEDIATE` on the client's own connection, which nothing else may use meanwhile (the
 * runner's writer, or a client a script or test holds alone).
 */
export async function transactionOn<T>(db: Db, body: (tx: Db) => Promise<T>): Promise<T> {
  if (isPostgres())
    return (await (db.transaction as unknown as PostgresTransaction)((tx) => {
      heldLocks.set(tx, new Set());
      return body(tx);
    })) as T;
  const sqlite = db.$client;
  sqlite.exec("BEGIN IMMEDIATE");
  try {
    const result = await body(db);
    sqlite.exec("COMMIT");
    return result;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    throw error;
  }
}
