/**
 * Issue 14, ready for a second database: lib/data uses only the Drizzle forms every driver has
 * (awaited queries, `.returning()`, the async `transaction` runner) and no SQLite-specific SQL or
 * client. What differs between dialects lives in db/ (db/sql.ts, db/planner-hints.ts).
 */
import { describe, expect, it } from "vitest";
import { listFiles, readSource, stripComments } from "@/test/helpers/files";

const FORBIDDEN: [string, RegExp][] = [
  ["a synchronous .get()", /\.get\(\s*\)/],
  ["a synchronous .all()", /\.all\(\s*\)/],
  ["a synchronous .run()", /\.run\(\s*\)/],
  ["better-sqlite3's transaction", /\bdb\.transaction\b|\.transaction\(\s*\(/],
  ["the raw client", /\$client/],
  ["better-sqlite3", /["']better-sqlite3["']/],
  ["SQLite's unixepoch", /unixepoch/i],
  ["SQLite's randomblob", /randomblob/i],
  ["SQLite's strftime", /strftime/i],
  ["a pragma", /\bpragma\b/i],
  ["an index hint", /INDEXED\s+BY/i],
  ["a collation", /COLLATE\s+NOCASE/i],
  ["SQLite's json_each", /json_each/i],
  ["a LIKE written by hand", /\blike\s*\$\{/i],
  // PostgreSQL's query builder joins only its own aliases (an alias of a SQLite table loses its name).
  ["an aliased table", /\balias\(/],
];

function offences(file: string): string[] {
  const source = stripComments(readSource(file));
  return FORBIDDEN.filter(([, pattern]) => pattern.test(source)).map(([what]) => what);
}

describe("lib/data is free of dialect-specific and synchronous database calls", () => {
  const files = listFiles("lib/data", (p) => /\.tsx?$/.test(p) && !/\.test\.tsx?$/.test(p));

  it("finds the data layer's files", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)("%s", (file) => {
    expect(offences(file)).toEqual([]);
  });

  it("the check sees each form when it is there", () => {
    const seen = (text: string) => FORBIDDEN.filter(([, pattern]) => pattern.test(text)).map(([what]) => what);
    expect(seen("const row = db.select().from(t).get();")).toEqual(["a synchronous .get()"]);
    expect(seen("db.select().from(t).all()")).toEqual(["a synchronous .all()"]);
    expect(seen("tx.update(t).set(x).run();")).toEqual(["a synchronous .run()"]);
    expect(seen("return db.transaction((tx) => {")).toEqual(["better-sqlite3's transaction"]);
    expect(seen("readPublishedRevision(db.$client)")).toEqual(["the raw client"]);
    expect(seen("sql`unixepoch()`")).toEqual(["SQLite's unixepoch"]);
    expect(seen("sql`$" + "{t.name} like $" + "{p}`")).toEqual(["a LIKE written by hand"]);
    expect(seen('const shown = alias(departments, "shown");')).toEqual(["an aliased table"]);
    expect(seen("const [row] = await db.select().from(t).limit(1);")).toEqual([]);
  });
});
