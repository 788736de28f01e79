/**
 * Uploaded files (evidence, the logo) travel with the database in db:backup and db:restore. A backup
 * `x.db` gets a folder `x.db.uploads/` holding every file its rows name; a restore copies them back
 * into the uploads folder. Keys are unique generated names, so copying back only adds: a file the
 * restored database does not name is left alone (it may belong to the pre-restore copy).
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

// The same folder lib/storage/index.ts uses (that module is server-only, so scripts cannot import it).
export function uploadFolder(): string {
  return path.resolve(process.env.UPLOAD_DIR || path.join("data", "uploads"));
}

export const uploadsBeside = (backup: string) => `${backup}.uploads`;

// Only keys lib/storage generates; anything else in a row is not followed to the file system.
const KEY = /^[0-9a-f-]{36}\.[a-z]{3,4}$/;

/** The storage keys a database's rows name (tables a database of an older release lacks are skipped). */
export function uploadKeys(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const has = (table: string) =>
      db.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(table) !== undefined;
    const keys: string[] = [];
    if (has("evidence_files"))
      keys.push(
        ...(db.prepare("select storage_key as k from evidence_files").all() as { k: string }[]).map((r) => r.k),
      );
    if (has("organisation"))
      keys.push(
        ...(
          db.prepare("select logo_key as k from organisation where logo_key is not null").all() as { k: string }[]
        ).map((r) => r.k),
      );
    return keys.filter((k) => KEY.test(k));
  } finally {
    db.close();
  }
}

/** Copies the files `database` names from `from` to `to`; returns how many, and the keys missing in `from`. */
export function copyUploads(database: string, from: string, to: string): { copied: number; missing: string[] } {
  const missing: string[] = [];
  let copied = 0;
  for (const key of uploadKeys(database)) {
    const source = path.join(from, key);
    if (!fs.existsSync(source)) {
      missing.push(key);
      continue;
    }
    fs.mkdirSync(to, { recursive: true });
    const target = path.join(to, key);
    if (!fs.existsSync(target)) fs.copyFileSync(source, target);
    copied += 1;
  }
  return { copied, missing };
}
