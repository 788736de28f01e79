/**
 * Issue 18: one Drizzle schema (db/schema.ts) maps both dialects, so the two migration folders must
 * build the same tables. This compares a SQLite database migrated by db/migrations with the
 * PostgreSQL database migrated by db/migrations-pg, table by table: columns, their types as stored,
 * NOT NULL, defaults, primary keys, indexes and foreign keys with their delete rules. A migration added to one folder and not the other
 * fails here. Runs in the PostgreSQL suite (vitest.postgres.config.ts).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { databaseReady, db } from "@/db";
import { isPostgres } from "@/db/path";
import { queryRows } from "@/db/raw";

type Shape = Record<string, { columns: Record<string, string>; indexes: string[]; foreignKeys: string[] }>;

const STORED_TYPE: Record<string, string> = { integer: "bigint", text: "text", real: "double precision" };

function sqliteShape(): Shape {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "parity-")), "schema.db");
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { env: { ...process.env, DATABASE_URL: file }, stdio: "ignore" });
  const sqlite = new Database(file, { readonly: true });
  const shape: Shape = {};
  const tables = sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'",
    )
    .all() as { name: string }[];
  for (const { name } of tables) {
    const columns: Record<string, string> = {};
    const info = sqlite.prepare(`pragma table_info("${name}")`).all() as {
      name: string;
      type: string;
      notnull: number;
      dflt_value: string | null;
      pk: number;
    }[];
    // An AUTOINCREMENT key numbers itself (an identity column on PostgreSQL). Other integer keys
    // (a year, the organisation's single row) are always given by the app.
    const tableSql = (sqlite.prepare("select sql from sqlite_master where name = ?").get(name) as { sql: string }).sql;
    const numbered = /AUTOINCREMENT/i.test(tableSql);
    for (const c of info) {
      const notNull = c.notnull || c.pk ? " not null" : "";
      const dflt = c.dflt_value !== null || (c.pk && numbered && c.type.toLowerCase() === "integer") ? " default" : "";
      columns[c.name] = `${STORED_TYPE[c.type.toLowerCase()] ?? c.type}${notNull}${dflt}${c.pk ? " key" : ""}`;
    }
    const indexes = (
      sqlite
        .prepare(`select name from sqlite_master where type = 'index' and tbl_name = ? and sql is not null`)
        .all(name) as {
        name: string;
      }[]
    ).map((i) => i.name);
    const foreignKeys = (
      sqlite.prepare(`pragma foreign_key_list("${name}")`).all() as {
        table: string;
        from: string;
        to: string;
        on_delete: string;
      }[]
    ).map((k) => `${k.from} -> ${k.table}.${k.to} on delete ${k.on_delete.toLowerCase()}`);
    shape[name] = { columns, indexes: indexes.sort(), foreignKeys: foreignKeys.sort() };
  }
  sqlite.close();
  return shape;
}

async function postgresShape(): Promise<Shape> {
  const columns = await queryRows<{
    t: string;
    c: string;
    type: string;
    nullable: string;
    dflt: string | null;
    identity: string;
  }>(
    db,
    sql`select table_name as t, column_name as c, data_type as type, is_nullable as nullable,
          column_default as dflt, is_identity as identity
        from information_schema.columns where table_schema = 'public'`,
  );
  const keys = await queryRows<{ t: string; c: string }>(
    db,
    sql`select tc.table_name as t, kcu.column_name as c from information_schema.table_constraints tc
        join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name
        where tc.table_schema = 'public' and tc.constraint_type = 'PRIMARY KEY'`,
  );
  const keyed = new Set(keys.map((k) => `${k.t}.${k.c}`));
  const indexes = await queryRows<{ t: string; i: string }>(
    db,
    sql`select tablename as t, indexname as i from pg_indexes where schemaname = 'public' and indexname not like '%_pkey'`,
  );
  const foreignKeys = await queryRows<{ t: string; c: string; rt: string; rc: string; d: string }>(
    db,
    sql`select tc.table_name as t, kcu.column_name as c, ccu.table_name as rt, ccu.column_name as rc,
          rc.delete_rule as d
        from information_schema.table_constraints tc
        join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name
        join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
        join information_schema.referential_constraints rc on rc.constraint_name = tc.constraint_name
        where tc.table_schema = 'public' and tc.constraint_type = 'FOREIGN KEY'`,
  );
  const shape: Shape = {};
  for (const c of columns) {
    shape[c.t] ??= { columns: {}, indexes: [], foreignKeys: [] };
    const notNull = c.nullable === "NO" ? " not null" : "";
    const dflt = c.dflt !== null || c.identity === "YES" ? " default" : "";
    shape[c.t].columns[c.c] = `${c.type}${notNull}${dflt}${keyed.has(`${c.t}.${c.c}`) ? " key" : ""}`;
  }
  for (const i of indexes) shape[i.t]?.indexes.push(i.i);
  for (const k of foreignKeys) shape[k.t]?.foreignKeys.push(`${k.c} -> ${k.rt}.${k.rc} on delete ${k.d.toLowerCase()}`);
  for (const t of Object.values(shape)) {
    t.indexes.sort();
    t.foreignKeys.sort();
  }
  return shape;
}

describe.runIf(isPostgres())("the PostgreSQL migrations build the SQLite migrations' schema", () => {
  it("has the same tables, columns, types, keys, defaults and indexes", async () => {
    await databaseReady();
    const [lite, postgres] = [sqliteShape(), await postgresShape()];
    expect(Object.keys(lite).length).toBeGreaterThan(20);
    expect(postgres).toEqual(lite);
  });
});
