import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { auditLog, departments, type AuditEntry } from "@/db/schema";
import { authorize } from "@/lib/auth/can";
import type { Viewer } from "@/lib/auth/viewer";
import { type AuditConditions, auditWhere } from "./audit-where";

export type AuditFilter = AuditConditions & { page: number };
export const AUDIT_PAGE_SIZE = 50;

/** The audit log for planners and admins, newest first, filtered by user, department and record. */
export async function listAudit(
  viewer: Viewer,
  filter: AuditFilter,
): Promise<{ rows: (AuditEntry & { department: string | null })[]; total: number; pageCount: number }> {
  authorize(viewer, "audit.read");
  const where = auditWhere(filter);
  const [{ total }] = await db.select({ total: count() }).from(auditLog).where(where);
  const found = await db
    .select({ entry: auditLog, department: departments.name })
    .from(auditLog)
    .leftJoin(departments, eq(departments.id, auditLog.departmentId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((filter.page - 1) * AUDIT_PAGE_SIZE);
  const rows = found.map((r) => ({ ...r.entry, department: r.department }));
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
