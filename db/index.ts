import { databasePath, openDatabase, type Db } from "./client";
import { transactionRunner, type TransactionRunner } from "./transaction";

export { afterCommit } from "./transaction";

export type { Db, Executor, Tx } from "./client";

const globalForDb = globalThis as unknown as { seonggwaDb?: Db; seonggwaTransaction?: TransactionRunner };

// `next build` prerenders in several worker processes at once; they must not race to migrate, so
// the build script migrates first (scripts/migrate.ts) and only a running server migrates here.
const isBuild = process.env.NEXT_PHASE === "phase-production-build";

/** The one Drizzle client. Cached on globalThis so dev reloads reuse the connection. */
export const db: Db = globalForDb.seonggwaDb ?? openDatabase(databasePath(), { migrate: !isBuild });

globalForDb.seonggwaDb = db;

/** Runs a transaction whose body may await (db/transaction.ts); every write that must be atomic uses it. */
export const transaction: TransactionRunner = globalForDb.seonggwaTransaction ?? transactionRunner(databasePath());

globalForDb.seonggwaTransaction = transaction;
