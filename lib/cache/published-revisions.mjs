// The database's record of what is published (table publication_revisions, bumped in every
// publishing transaction), as the cache handlers see it. Plain JavaScript: Next loads cache
// handlers with a dynamic import at run time, outside the app's TypeScript bundle.
import Database from "better-sqlite3";

// Same query as db/publication.ts (PUBLISHED_REVISION_SQL); lib/data/published-revision.test.ts holds them equal.
export const PUBLISHED_REVISION_SQL =
  "select coalesce(group_concat(tag || '=' || revision, ';'), '') as r from " +
  "(select tag, revision from publication_revisions order by tag)";

const now = () => performance.timeOrigin + performance.now();

function databaseFile() {
  const url = process.env.DATABASE_URL?.trim() || "data/seonggwa.db";
  return url.startsWith("file:") ? url.slice("file:".length) : url;
}

/**
 * Reads the current revision on every call (one indexed read of four rows) and remembers when this
 * process first saw it. `since` is taken after the read that saw a change, so it is later than the
 * commit: anything that started computing after `since` read data at least that new.
 */
export function createRevisionReader(file = databaseFile()) {
  let statement = null;
  let seen = { revision: null, since: Number.POSITIVE_INFINITY };
  return {
    /** @returns {{ revision: string | null, since: number }} revision null: unknown, cache nothing */
    observe() {
      try {
        statement ??= new Database(file, { readonly: true, fileMustExist: true }).prepare(PUBLISHED_REVISION_SQL);
        const revision = statement.get().r || null;
        if (revision !== seen.revision) seen = { revision, since: now() };
      } catch {
        // No database or no table yet (a server before its first migration): nothing is cacheable.
        statement = null;
        seen = { revision: null, since: Number.POSITIVE_INFINITY };
      }
      return seen;
    },
    now,
  };
}

/** One reader per process, shared by both handlers. */
const globalKey = Symbol.for("seonggwa.revisionReader");
export function revisionReader() {
  globalThis[globalKey] ??= createRevisionReader();
  return globalThis[globalKey];
}
