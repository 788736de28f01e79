// The database's record of what is published (table publication_revisions, bumped in every
// publishing transaction), as the cache handlers see it. Plain JavaScript: Next loads cache
// handlers with a dynamic import at run time, outside the app's TypeScript bundle.
import Database from "better-sqlite3";

// Same queries as db/publication.ts (publishedRevisionSql); lib/data/published-revision.test.ts holds them equal.
export const PUBLISHED_REVISION_SQL = {
  sqlite:
    "select coalesce(group_concat(tag || '=' || revision, ';'), '') as r from " +
    "(select tag, revision from publication_revisions order by tag)",
  postgres: "select coalesce(string_agg(tag || '=' || revision, ';' order by tag), '') as r from publication_revisions",
};

const now = () => performance.timeOrigin + performance.now();

const databaseUrl = () => process.env.DATABASE_URL?.trim() || "data/seonggwa.db";
const isPostgresUrl = (url) => /^postgres(ql)?:\/\//i.test(url);

/** SQLite: one prepared statement on a read-only connection; each read is synchronous and cheap. */
function sqliteSource(url) {
  const file = url.startsWith("file:") ? url.slice("file:".length) : url;
  let statement = null;
  return {
    async read() {
      try {
        statement ??= new Database(file, { readonly: true, fileMustExist: true }).prepare(
          PUBLISHED_REVISION_SQL.sqlite,
        );
        return statement.get().r || null;
      } catch (error) {
        statement = null;
        throw error;
      }
    },
  };
}

/**
 * PostgreSQL: one connection of its own. Callers that arrive while a read is running wait for the
 * next one, which starts after they arrived, so no caller gets an answer older than its request;
 * a burst costs one read per round trip, not one per request.
 */
function postgresSource(url) {
  let client = null;
  let running = null;
  let next = null;
  const connect = async () => {
    const { default: pg } = await import("pg");
    // A read that does not answer in 2 s (a connection dropped without a reset) fails, so every
    // request waiting behind it renders uncached instead of hanging; the next read reconnects.
    const c = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: 2_000,
      query_timeout: 2_000,
      keepAlive: true,
    });
    // A connection lost while idle is reported here; the next query on it then fails at once and
    // readOnce drops it and reconnects. (Without a listener the event would end the process.)
    c.on("error", () => undefined);
    return c.connect().then(() => c);
  };
  const readOnce = async () => {
    try {
      client ??= connect().catch((error) => {
        client = null;
        throw error;
      });
      const c = await client;
      const { rows } = await c.query(PUBLISHED_REVISION_SQL.postgres);
      return rows[0].r || null;
    } catch (error) {
      const dead = client;
      client = null;
      dead?.then((c) => c.end()).catch(() => undefined);
      throw error;
    }
  };
  return {
    read() {
      if (!running) {
        running = readOnce().finally(() => {
          running = null;
        });
        return running;
      }
      next ??= running
        .catch(() => undefined)
        .then(() => {
          next = null;
          return this.read();
        });
      return next;
    },
  };
}

/**
 * Reads the current revision on every call and remembers when this process first saw it. `since`
 * is taken after the read that saw a change, so it is later than the commit: anything that started
 * computing after `since` read data at least that new.
 */
export function createRevisionReader(url = databaseUrl()) {
  const source = isPostgresUrl(url) ? postgresSource(url) : sqliteSource(url);
  let seen = { revision: null, since: Number.POSITIVE_INFINITY };
  return {
    /** @returns {Promise<{ revision: string | null, since: number }>} revision null: unknown, cache nothing */
    async observe() {
      try {
        const revision = await source.read();
        if (revision !== seen.revision) seen = { revision, since: now() };
      } catch {
        // No database, no table yet (a server before its first migration), or the server is down:
        // nothing is cacheable until it answers again.
        seen = { revision: null, since: Number.POSITIVE_INFINITY };
      }
      return seen;
    },
    /** What the last observe saw, without reading again. */
    latest() {
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
