import { databasePath, openDatabase, type Db } from "./client";

export type { Db, Executor, Tx } from "./client";

const globalForDb = globalThis as unknown as { seonggwaDb?: Db };

// `next build` prerenders in several worker processes at once; they must not race to migrate, so
// the build script migrates first (scripts/migrate.ts) and only a running server migrates here.
const isBuild = process.env.NEXT_PHASE === "phase-production-build";

/** The one Drizzle client. Cached on globalThis so dev reloads reuse the connection. */
export const db: Db = globalForDb.seonggwaDb ?? openDatabase(databasePath(), { migrate: !isBuild });

globalForDb.seonggwaDb = db;
