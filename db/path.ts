import path from "node:path";
import { env } from "@/lib/env";

export const DEFAULT_DATABASE_PATH = path.join("data", "seonggwa.db");

export type Dialect = "sqlite" | "postgres";

/** DATABASE_URL as set: a PostgreSQL URL, a SQLite file path (optionally "file:"), or empty. */
export function databaseUrl(): string {
  return env().DATABASE_URL || DEFAULT_DATABASE_PATH;
}

/** PostgreSQL for a postgres:// or postgresql:// URL; SQLite for a file path or nothing. */
export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgres" : "sqlite";
}

// Asked for every dialect-specific SQL fragment, so decided once per value of DATABASE_URL rather
// than by validating the whole environment each time (env() parses on every call).
let decided: { raw: string | undefined; postgres: boolean } | undefined;
export function isPostgres(): boolean {
  const raw = process.env.DATABASE_URL;
  if (!decided || decided.raw !== raw) decided = { raw, postgres: dialectOf(databaseUrl()) === "postgres" };
  return decided.postgres;
}

/** The SQLite file from DATABASE_URL (a path, optionally prefixed "file:"), default data/seonggwa.db. */
export function databasePath(): string {
  const url = databaseUrl();
  if (dialectOf(url) === "postgres") throw new Error("DATABASE_URL names a PostgreSQL server, not a SQLite file");
  return url.startsWith("file:") ? url.slice("file:".length) : url;
}

/**
 * Where this deployment keeps its own files beside the database (the generated session secret):
 * the SQLite file's folder, or data/ under PostgreSQL.
 */
export function dataDirectory(): string {
  return isPostgres() ? path.resolve("data") : path.dirname(path.resolve(databasePath()));
}

/** DATABASE_URL for logs: a PostgreSQL URL without its password, a SQLite path as it is. */
export function redactedDatabaseUrl(url = databaseUrl()): string {
  if (dialectOf(url) !== "postgres") return url;
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    u.searchParams.delete("password");
    return u.toString();
  } catch {
    return "postgres://…";
  }
}
