import "server-only";
import { max } from "drizzle-orm";
import { db } from "@/db";
import { auditLog } from "@/db/schema";

/**
 * An opaque string that changes whenever anything the public sees changes; caches of public
 * output (the export files of lib/export-cache.ts) are keyed on it.
 *
 * TEMPORARY: the newest audit row's id, since every publishing write records one. The real
 * revision (read from the database's record of what was published) replaces this at merge.
 */
export async function publishedRevision(): Promise<string> {
  const row = db
    .select({ id: max(auditLog.id) })
    .from(auditLog)
    .get();
  return String(row?.id ?? 0);
}
