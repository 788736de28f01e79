import "server-only";
import { db } from "@/db";
import { readPublishedRevision } from "@/db/publication";

/**
 * An opaque string that changes whenever anything public changes, read from the database on every
 * call (one indexed read). Key anything cached outside Next's caches on it (exports, ETags): it
 * stays right across restarts, restores and several instances sharing one database.
 */
export async function publishedRevision(): Promise<string> {
  return await readPublishedRevision(db);
}
