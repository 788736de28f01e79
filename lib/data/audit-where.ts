import { and, eq, gte, lt, type SQL } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { endOfKoreanDay, startOfKoreanDay } from "@/lib/validations/day";

/** The audit log's filters; from/to are "YYYY-MM-DD" days in Korea, both ends included. */
export type AuditConditions = {
  userId?: number;
  departmentId?: number;
  entityType?: string;
  entityId?: number;
  from?: string;
  to?: string;
};

/** One WHERE for the page and its export, so the download is exactly the rows the screen filtered. */
export function auditWhere(filter: AuditConditions): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.userId) conditions.push(eq(auditLog.actorId, filter.userId));
  if (filter.departmentId) conditions.push(eq(auditLog.departmentId, filter.departmentId));
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.from) conditions.push(gte(auditLog.at, startOfKoreanDay(filter.from)));
  if (filter.to) conditions.push(lt(auditLog.at, endOfKoreanDay(filter.to)));
  return conditions.length ? and(...conditions) : undefined;
}
