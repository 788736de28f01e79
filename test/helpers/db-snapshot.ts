import { sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { isPostgres } from "@/db/path";
import { queryRows } from "@/db/raw";

/** Columns that change on their own and say nothing about whether a request was refused. */
export const VOLATILE_COLUMNS: Record<string, string[]> = { users: ["last_login_at"] };

/** The database's tables, read from the database itself, so a table added later is covered at once. */
export async function tableNames(db: Executor): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    isPostgres()
      ? sql`select table_name as name from information_schema.tables
            where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`
      : sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
  );
  return rows.map((r) => r.name);
}

/**
 * Every row of every table, minus the volatile columns, in insertion order (SQLite's rowid; on
 * PostgreSQL by id, or by content for tables without one): two snapshots are equal exactly when
 * nothing was written (the audit log included).
 */
export async function snapshot(
  db: Executor,
  ignore: Record<string, string[]> = VOLATILE_COLUMNS,
): Promise<Record<string, Record<string, unknown>[]>> {
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const [table, rows] of Object.entries(await allRows(db))) {
    const dropped = ignore[table] ?? [];
    const kept = rows.map((row) =>
      dropped.length ? Object.fromEntries(Object.entries(row).filter(([k]) => !dropped.includes(k))) : row,
    );
    // SQLite's rows come in rowid order; PostgreSQL promises none.
    tables[table] = isPostgres() ? kept.sort(byIdOrContent) : kept;
  }
  return tables;
}

/**
 * Every table's rows. PostgreSQL: in one statement, as JSON built by the server (a round trip per
 * table, twice for each of the bad-input suite's two thousand cases, took minutes).
 */
async function allRows(db: Executor): Promise<Record<string, Record<string, unknown>[]>> {
  const names = await tableNames(db);
  if (isPostgres()) {
    const parts = names.map(
      (t) => sql`${t}::text, (select coalesce(json_agg(r), '[]'::json) from ${sql.identifier(t)} r)`,
    );
    const [row] = await queryRows<{ s: Record<string, Record<string, unknown>[]> }>(
      db,
      sql`select json_build_object(${sql.join(parts, sql`, `)}) as s`,
    );
    return row.s;
  }
  // SQLite: the driver's own statements (a snapshot before and after each of thousands of cases).
  const all: Record<string, Record<string, unknown>[]> = {};
  for (const t of names)
    all[t] = db.$client.prepare(`select * from "${t}" order by rowid`).all() as Record<string, unknown>[];
  return all;
}

function byIdOrContent(a: Record<string, unknown>, b: Record<string, unknown>): number {
  if (typeof a.id === "number" && typeof b.id === "number") return a.id - b.id;
  const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

export async function auditCount(db: Executor): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*) as n from audit_log`);
  return Number(row.n);
}
