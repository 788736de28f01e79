import "server-only";
import { and, count, desc, eq, lt } from "drizzle-orm";
import { db } from "@/db";
import { auditLog, departments, type AuditEntry } from "@/db/schema";
import { authorize } from "@/lib/auth/can";
import type { Viewer } from "@/lib/auth/viewer";
import { type AuditConditions, auditWhere } from "./audit-where";

export type AuditExportRow = AuditEntry & { department: string | null };

const CHUNK = 1000;

/**
 * The filtered audit log for a download: its row count now, and its rows newest first in chunks,
 * read by id so memory does not grow with the log. Rows written after the count are left out, so
 * the file says how many rows it has and has exactly those.
 */
export async function auditExport(
  viewer: Viewer,
  filter: AuditConditions,
): Promise<{ total: number; rows: AsyncGenerator<AuditExportRow[]> }> {
  authorize(viewer, "audit.read");
  const where = auditWhere(filter);
  const [[{ total }], [newest]] = await Promise.all([
    db.select({ total: count() }).from(auditLog).where(where),
    db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1),
  ]);
  async function* rows(): AsyncGenerator<AuditExportRow[]> {
    if (!newest) return;
    let before = newest.id + 1;
    for (;;) {
      const chunk = await db
        .select({ entry: auditLog, department: departments.name })
        .from(auditLog)
        .leftJoin(departments, eq(departments.id, auditLog.departmentId))
        .where(and(where, lt(auditLog.id, before)))
        .orderBy(desc(auditLog.id))
        .limit(CHUNK);
      if (chunk.length === 0) return;
      yield chunk.map((r) => ({ ...r.entry, department: r.department }));
      before = chunk[chunk.length - 1].entry.id;
    }
  }
  return { total, rows: rows() };
}
