import type Database from "better-sqlite3";

/** Columns that change on their own and say nothing about whether a request was refused. */
export const VOLATILE_COLUMNS: Record<string, string[]> = { users: ["last_login_at"] };

/** The database's tables, read from SQLite itself, so a table added later is covered at once. */
export function tableNames(sqlite: Database.Database): string[] {
  return (
    sqlite
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .all() as { name: string }[]
  ).map((r) => r.name);
}

/**
 * Every row of every table in insertion order, minus the volatile columns: two snapshots are equal
 * exactly when nothing was written (the audit log included).
 */
export function snapshot(
  sqlite: Database.Database,
  ignore: Record<string, string[]> = VOLATILE_COLUMNS,
): Record<string, Record<string, unknown>[]> {
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const table of tableNames(sqlite)) {
    const rows = sqlite.prepare(`select * from "${table}" order by rowid`).all() as Record<string, unknown>[];
    const dropped = ignore[table] ?? [];
    tables[table] = dropped.length
      ? rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !dropped.includes(k))))
      : rows;
  }
  return tables;
}

export function auditCount(sqlite: Database.Database): number {
  return (sqlite.prepare("select count(*) as n from audit_log").get() as { n: number }).n;
}
