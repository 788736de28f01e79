import Database from "better-sqlite3";
import { hashPassword } from "../../lib/auth/password";
import { E2E_DATABASE_URL } from "../env";

/**
 * Direct access to the database the server under test uses (WAL mode, so reading and inserting
 * beside the running server is safe). Security specs use it to make accounts of their own, so a
 * lockout or a logout never touches the demo accounts other specs sign in with.
 */
export function openE2eDatabase(): Database.Database {
  const db = new Database(process.env.E2E_DATABASE_URL ?? E2E_DATABASE_URL, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}

/** A fresh officer of 주민복지과 with a known password (no forced change), named `${prefix}-…`. */
export async function createAccount(prefix: string, password: string): Promise<{ id: number; username: string }> {
  const username = `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const passwordHash = await hashPassword(password);
  const db = openE2eDatabase();
  try {
    const { lastInsertRowid } = db
      .prepare(
        "insert into users (username, display_name, password_hash, role, department_id) values (?, ?, ?, 'officer', (select id from departments where name = '주민복지과'))",
      )
      .run(username, `보안 시험 ${prefix}`, passwordHash);
    return { id: Number(lastInsertRowid), username };
  } finally {
    db.close();
  }
}

export type AuditRow = { action: string; entity_id: number | null; note: string | null; ip: string | null };

/** Audit rows about one account (by id) or one attempted name (kept in `note` when unknown). */
export function auditRowsFor(account: { id: number; username: string }): AuditRow[] {
  const db = openE2eDatabase();
  try {
    return db
      .prepare(
        "select action, entity_id, note, ip from audit_log where entity_type = 'user' and (entity_id = ? or note = ?) order by id",
      )
      .all(account.id, account.username) as AuditRow[];
  } finally {
    db.close();
  }
}
