/**
 * Online backup of the live database, safe while the app runs:
 *
 *   npm run db:backup                      → backups/seonggwa-YYYYMMDD-HHMMSS.db
 *   npm run db:backup -- /mnt/nas/x.db     → that file
 *
 * Copying the .db file with cp is not a backup: in WAL mode the newest commits live in the -wal file
 * until a checkpoint, and a copy taken mid-write can be torn. SQLite's backup API reads a
 * consistent snapshot through the same locks the app uses, so writers carry on meanwhile.
 *
 * On PostgreSQL (DATABASE_URL=postgres://…) the same commands use pg_dump and pg_restore
 * (scripts/pg-backup.ts); the default file is then backups/seonggwa-YYYYMMDD-HHMMSS.dump.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { databasePath, databaseUrl, isPostgres } from "@/db/path";
import { copyUploads, uploadFolder, uploadsBeside } from "./backup-uploads";
import { backupPostgres } from "./pg-backup";

/**
 * Pages per backup step: all of them. If another connection writes between two steps SQLite
 * restarts the copy, so with a busy writer small steps could restart forever; one step holds one
 * read snapshot (which in WAL mode does not block writers) and always finishes.
 */
const ALL_PAGES = 0x7fffffff;

/** Local time as YYYYMMDD-HHMMSS, for file names that sort by age. */
export function timestamp(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
}

export function defaultBackupPath(now = new Date()): string {
  return path.join("backups", `seonggwa-${timestamp(now)}.${isPostgres() ? "dump" : "db"}`);
}

/** PRAGMA integrity_check's complaints; empty when the file is a sound SQLite database. */
export function integrityProblems(file: string): string[] {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).filter((r) => r !== "ok");
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    db?.close();
  }
}

/**
 * Copies `source` to `destination` with the backup API and checks the copy. The copy is written
 * under a temporary name and renamed only once it is complete and sound, so an interrupted backup
 * never leaves a file that looks finished. The result is a single self-contained file (rollback
 * journal mode, no -wal beside it), ready to archive.
 */
export async function backupDatabase(
  source: string,
  destination: string,
): Promise<{ file: string; bytes: number; uploads: number }> {
  if (!fs.existsSync(source)) throw new Error(`데이터베이스 파일이 없습니다: ${source}`);
  if (fs.existsSync(destination)) throw new Error(`이미 있는 파일은 덮어쓰지 않습니다: ${destination}`);
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const partial = `${destination}.partial`;
  fs.rmSync(partial, { force: true });

  const live = new Database(source, { fileMustExist: true });
  try {
    live.pragma("busy_timeout = 5000");
    await live.backup(partial, { progress: () => ALL_PAGES });
  } finally {
    live.close();
  }

  const copy = new Database(partial);
  try {
    copy.pragma("journal_mode = DELETE");
  } finally {
    copy.close();
  }
  const problems = integrityProblems(partial);
  if (problems.length) {
    fs.rmSync(partial, { force: true });
    throw new Error(`백업 파일 검사에 실패했습니다: ${problems.join("; ")}`);
  }
  fs.renameSync(partial, destination);
  // The files the copy's rows name, from the snapshot just taken (a file added since is not named).
  const uploads = copyUploads(destination, uploadFolder(), uploadsBeside(destination));
  return { file: destination, bytes: fs.statSync(destination).size, uploads: uploads.copied };
}

async function main() {
  const destination = process.argv[2] ?? defaultBackupPath();
  if (isPostgres()) {
    const { file, bytes, uploads } = await backupPostgres(databaseUrl(), destination);
    console.log(`PostgreSQL → ${file} (${bytes.toLocaleString("en-US")} bytes, pg_dump custom format, checked)`);
    if (uploads) console.log(`업로드 파일 ${uploads}개 → ${file}.uploads/`);
    return;
  }
  const source = databasePath();
  const { file, bytes, uploads } = await backupDatabase(source, destination);
  console.log(`${source} → ${file} (${bytes.toLocaleString("en-US")} bytes, integrity_check ok)`);
  if (uploads) console.log(`업로드 파일 ${uploads}개 → ${file}.uploads/`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
