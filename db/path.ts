import path from "node:path";

export const DEFAULT_DATABASE_PATH = path.join("data", "seonggwa.db");

/** The SQLite file from DATABASE_URL (a path, optionally prefixed "file:"), default data/seonggwa.db. */
export function databasePath(): string {
  const url = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_PATH;
  return url.startsWith("file:") ? url.slice("file:".length) : url;
}
