import { createSerializer } from "nuqs/server";
import { z } from "zod";
import type { AuditFilter } from "@/lib/data/audit";
import {
  canonicalSearch,
  readSearchParams,
  type SearchParamsInput,
  withoutNulls,
  zodParser,
} from "@/lib/validations/url-state";
import { AUDIT_ENTITY_TYPES } from "@/lib/audit/entities";

const id = z.coerce.number().int().positive().max(2_147_483_647);

const auditQuerySchema = z.object({
  userId: id.optional(),
  departmentId: id.optional(),
  entityType: z.enum(AUDIT_ENTITY_TYPES).optional(),
  entityId: id.optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).optional(),
});

/** The audit log's URL state, read and written with the same idiom as every table (lib/validations/url-state.ts). */
const auditQuery = {
  schema: auditQuerySchema,
  parsers: {
    userId: zodParser(auditQuerySchema.shape.userId),
    departmentId: zodParser(auditQuerySchema.shape.departmentId),
    entityType: zodParser(auditQuerySchema.shape.entityType),
    entityId: zodParser(auditQuerySchema.shape.entityId),
    page: zodParser(auditQuerySchema.shape.page).withDefault(1),
  },
};

const serializeAuditQuery = createSerializer(auditQuery.parsers, { clearOnDefault: true });

/** A repeated key counts once, its first value (the log is for staff reading, not an API contract). */
function firstValues(params: SearchParamsInput): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params] : Object.entries(params);
  const first: Record<string, string> = {};
  for (const [key, value] of entries) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v !== undefined && !(key in first)) first[key] = v;
  }
  return first;
}

/**
 * The audit log's filters from the query string. A hand-edited or stale URL falls back to "no filter"
 * for that field instead of an error page.
 */
export function parseAuditQuery(params: SearchParamsInput): AuditFilter {
  return withoutNulls(readSearchParams(firstValues(params), auditQuery).values);
}

/** The log with these filters; empty filters and page 1 stay out of the URL. */
export function auditHref(filter: Partial<AuditFilter>): string {
  const entityType = AUDIT_ENTITY_TYPES.find((t) => t === filter.entityType);
  return `/audit${serializeAuditQuery({ ...filter, entityType })}`;
}

/** Where the filter form lands: the canonical link of that view, empty fields left out. */
export function canonicalAuditSearch(params: SearchParamsInput): string {
  return canonicalSearch(firstValues(params), auditQuery, serializeAuditQuery);
}
