import { z } from "zod";
import type { AuditFilter } from "@/lib/data/audit";
import type { SearchParams } from "@/lib/route-props";
import { AUDIT_ENTITY_TYPES } from "./audit-labels";

// A hand-edited or stale URL falls back to "no filter" for that field instead of an error page.
const optionalId = z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined);

const auditQuerySchema = z.object({
  userId: optionalId,
  departmentId: optionalId,
  entityType: z.enum(AUDIT_ENTITY_TYPES).optional().catch(undefined),
  entityId: optionalId,
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});

/** The audit log's filters from the query string; a repeated key counts once. */
export function parseAuditQuery(params: SearchParams): AuditFilter {
  const single = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  return auditQuerySchema.parse(single);
}

/** The log with these filters; empty filters and page 1 stay out of the URL. */
export function auditHref(filter: Partial<AuditFilter>): string {
  const params = new URLSearchParams();
  for (const key of ["userId", "departmentId", "entityType", "entityId"] as const) {
    const value = filter[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  if (filter.page && filter.page > 1) params.set("page", String(filter.page));
  const query = params.toString();
  return query ? `/audit?${query}` : "/audit";
}
