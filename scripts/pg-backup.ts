/**
 * db:backup and db:restore on PostgreSQL: pg_dump's custom format (one file, compressed, restorable
 * table by table) and pg_restore, with the same promises as the SQLite path (scripts/db-backup.ts):
 * the backup is checked before it gets its final name, a restore first keeps a copy of what it
 * replaces, and uploaded files travel in `<backup>.uploads/`.
 *
 * pg_dump reads one consistent snapshot while the app keeps writing. pg_restore runs as one
 * transaction (--single-transaction --clean), so a failed restore changes nothing; it drops and
 * recreates the tables under exclusive locks, so the instances' queries wait until it commits
 * (seconds for a county's record) and then read the restored rows.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { uploadFolder, uploadsBeside } from "./backup-uploads";

/** Tables without which a dump is not a backup of this app. */
const REQUIRED_TABLES = ["awards", "audit_log", "users", "__drizzle_migrations"];
const KEY = /^[0-9a-f-]{36}\.[a-z]{3,4}$/;

/** pg_dump / pg_restore: on PATH, or Debian's versioned folder. */
function tool(name: "pg_dump" | "pg_restore"): string {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (dir && fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (fs.existsSync(path.join(root, v, "bin", name))) return path.join(root, v, "bin", name);
  throw new Error(`${name}이(가) 없습니다. PostgreSQL 클라이언트(postgresql-client)를 설치하세요.`);
}

/**
 * The connection as libpq's environment variables, so the password never appears on a command
 * line (visible to every local user in `ps`) or in an error message that repeats one.
 */
export function libpqEnv(url: string): Record<string, string> {
  // libpq allows no host before the path (a socket named by ?host=); WHATWG URLs do not.
  const u = new URL(url.replace(/^(postgres(?:ql)?:\/\/[^/]*@)\//i, "$1localhost/"));
  const env: Record<string, string | undefined> = {
    PGHOST: u.searchParams.get("host") ?? u.hostname.replace(/^\[|\]$/g, ""),
    PGPORT: u.port || "5432",
    PGUSER: decodeURIComponent(u.username) || undefined,
    PGPASSWORD: decodeURIComponent(u.password) || undefined,
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)) || undefined,
    PGSSLMODE: u.searchParams.get("sslmode") ?? undefined,
  };
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

function run(name: "pg_dump" | "pg_restore", args: string[], url?: string): string {
  try {
    return execFileSync(tool(name), args, {
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
      env: url ? { ...process.env, ...libpqEnv(url) } : process.env,
    }).toString();
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`${name} 실패: ${stderr || `exit ${(error as { status?: number }).status ?? "?"}`}`);
  }
}

/** What a dump holds that makes it this app's backup: its missing tables (empty when it is one). */
export function missingTablesInDump(file: string): string[] {
  const list = run("pg_restore", ["--list", file]);
  const tables = new Set([...list.matchAll(/ TABLE (?:DATA )?\S+ (\S+) /g)].map((m) => m[1]));
  return REQUIRED_TABLES.filter((t) => !tables.has(t));
}

/** Copies every stored upload from `from` to `to` (only adding: an existing file is kept). */
function copyAllUploads(from: string, to: string): number {
  if (!fs.existsSync(from)) return 0;
  let copied = 0;
  for (const key of fs.readdirSync(from).filter((k) => KEY.test(k))) {
    fs.mkdirSync(to, { recursive: true });
    const target = path.join(to, key);
    if (!fs.existsSync(target)) fs.copyFileSync(path.join(from, key), target);
    copied += 1;
  }
  return copied;
}

export async function backupPostgres(
  url: string,
  destination: string,
): Promise<{ file: string; bytes: number; uploads: number }> {
  if (fs.existsSync(destination)) throw new Error(`이미 있는 파일은 덮어쓰지 않습니다: ${destination}`);
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const partial = `${destination}.partial`;
  fs.rmSync(partial, { force: true });
  run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`], url);
  const missing = missingTablesInDump(partial);
  if (missing.length) {
    fs.rmSync(partial, { force: true });
    throw new Error(`백업 파일 검사에 실패했습니다 (없는 테이블: ${missing.join(", ")})`);
  }
  fs.renameSync(partial, destination);
  const uploads = copyAllUploads(uploadFolder(), uploadsBeside(destination));
  return { file: destination, bytes: fs.statSync(destination).size, uploads };
}

export async function restorePostgres(backup: string, url: string): Promise<{ safetyCopy: string; uploads: number }> {
  if (!fs.existsSync(backup)) throw new Error(`백업 파일이 없습니다: ${backup}`);
  let missing: string[];
  try {
    missing = missingTablesInDump(backup);
  } catch {
    throw new Error("백업 파일을 읽을 수 없습니다 (pg_dump 사용자 지정 형식이 아닙니다). 복원하지 않았습니다.");
  }
  if (missing.length)
    throw new Error(`이 앱의 백업이 아닙니다 (없는 테이블: ${missing.join(", ")}). 복원하지 않았습니다.`);
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  const safetyCopy = path.join(path.dirname(path.resolve(backup)), `pre-restore-${stamp}-${process.pid}.dump`);
  await backupPostgres(url, safetyCopy);
  const uploads = copyAllUploads(uploadsBeside(backup), uploadFolder());
  run(
    "pg_restore",
    [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      // A bare name: the rest of the connection comes from libpqEnv.
      `--dbname=${libpqEnv(url).PGDATABASE ?? "postgres"}`,
      backup,
    ],
    url,
  );
  return { safetyCopy, uploads };
}
