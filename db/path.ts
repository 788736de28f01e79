import path from "node:path";
import { env } from "@/lib/env";

export const DEFAULT_DATABASE_PATH = path.join("data", "seonggwa.db");

/** The SQLite file from DATABASE_URL (a path, optionally prefixed "file:"), default data/seonggwa.db. */
export function databasePath(): string {
  const url = env().DATABASE_URL || DEFAULT_DATABASE_PATH;
  return url.startsWith("file:") ? url.slice("file:".length) : url;
}
