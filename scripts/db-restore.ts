/**
 * Puts a backup back in place of the live database:
 *
 *   npm run db:restore -- backups/seonggwa-20240131-090000.db
 *
 * The app may keep running: the restore writes through SQLite's locks, open connections see the
 * restored data on their next read, and the public caches serve nothing rendered under another
 * publication revision (lib/cache/), so the next request shows the restored figures. Anything
 * written between the backup and the restore is gone.
 *
 * How: after checking the backup (PRAGMA integrity_check, and that it is this app's database),
 * the current live database is itself backed up beside the backup being restored, so a restore of
 * the wrong file can be undone. Then SQLite's backup API copies the backup's pages INTO the live
 * file through a normal connection, so the live file's -wal and -shm stay consistent (copying the
 * file over them with cp would not), and the live file stays in WAL mode.
 *
 * On PostgreSQL the backup is a pg_dump file, restored by pg_restore in one transaction
 * (scripts/pg-backup.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { databasePath, databaseUrl, isPostgres } from "@/db/path";
import { copyUploads, uploadFolder, uploadsBeside } from "./backup-uploads";
import { backupDatabase, integrityProblems, timestamp } from "./db-backup";
import { restorePostgres } from "./pg-backup";

const ALL_PAGES = 0x7fffffff;
/** Tables without which a file is not a backup of this app (a stray SQLite file, say). */
const REQUIRED_TABLES = ["__drizzle_migrations", "awards", "audit_log", "users"];

function missingTables(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const names = new Set(
      (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    return REQUIRED_TABLES.filter((t) => !names.has(t));
  } finally {
    db.close();
  }
}

export async function restoreDatabase(
  backup: string,
  live: string,
): Promise<{ safetyCopy: string | null; uploads: number; missingUploads: string[] }> {
  if (!fs.existsSync(backup)) throw new Error(`백업 파일이 없습니다: ${backup}`);
  if (fs.existsSync(live) && fs.realpathSync(backup) === fs.realpathSync(live))
    throw new Error("백업 파일과 운영 데이터베이스가 같은 파일입니다.");

  const problems = integrityProblems(backup);
  if (problems.length) throw new Error(`백업 파일이 손상되었습니다. 복원하지 않았습니다: ${problems.join("; ")}`);
  const missing = missingTables(backup);
  if (missing.length)
    throw new Error(`이 앱의 백업이 아닙니다 (없는 테이블: ${missing.join(", ")}). 복원하지 않았습니다.`);

  let safetyCopy: string | null = null;
  if (fs.existsSync(live)) {
    safetyCopy = path.join(path.dirname(path.resolve(backup)), `pre-restore-${timestamp()}-${process.pid}.db`);
    await backupDatabase(live, safetyCopy);
  }

  // Files first, so the restored rows never name a file that is not there yet. Only added, never
  // removed: the pre-restore copy may name files the backup does not.
  const uploads = copyUploads(backup, uploadsBeside(backup), uploadFolder());

  fs.mkdirSync(path.dirname(path.resolve(live)), { recursive: true });
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(live, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }

  const after = integrityProblems(live);
  if (after.length)
    throw new Error(`복원 후 검사에 실패했습니다: ${after.join("; ")}. 안전 사본: ${safetyCopy ?? "없음"}`);
  return { safetyCopy, uploads: uploads.copied, missingUploads: uploads.missing };
}

async function main() {
  const backup = process.argv[2];
  if (!backup) {
    console.error("사용법: npm run db:restore -- <백업 파일>");
    process.exit(2);
  }
  if (isPostgres()) {
    const { safetyCopy, uploads } = await restorePostgres(backup, databaseUrl());
    console.log(`${backup} → PostgreSQL 복원 완료 (한 트랜잭션).`);
    if (uploads) console.log(`업로드 파일 ${uploads}개 복원`);
    console.log(`복원 전 데이터베이스 사본: ${safetyCopy}`);
    return;
  }
  const live = databasePath();
  const { safetyCopy, uploads, missingUploads } = await restoreDatabase(backup, live);
  console.log(`${backup} → ${live} 복원 완료 (integrity_check ok).`);
  if (uploads) console.log(`업로드 파일 ${uploads}개 복원`);
  if (missingUploads.length)
    console.warn(
      `백업에 없는 업로드 파일 ${missingUploads.length}개: ${missingUploads.join(", ")} (이 백업 이전 형식일 수 있습니다)`,
    );
  if (safetyCopy) console.log(`복원 전 데이터베이스 사본: ${safetyCopy}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
