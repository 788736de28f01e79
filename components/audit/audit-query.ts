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
import { dayField, dayRangeError } from "@/lib/validations/day";

const id = z.coerce.number().int().positive().max(2_147_483_647);

const auditQuerySchema = z.object({
  userId: id.optional(),
  departmentId: id.optional(),
  entityType: z.enum(AUDIT_ENTITY_TYPES).optional(),
  entityId: id.optional(),
  from: dayField("시작일").optional(),
  to: dayField("종료일").optional(),
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
    from: zodParser(auditQuerySchema.shape.from),
    to: zodParser(auditQuerySchema.shape.to),
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

/**
 * The filters with what is wrong with the period, by field, in Korean. Other filters fall back to
 * "no filter" as before; a bad period is said, not ignored, because a log read for one week that
 * silently shows every week misleads.
 */
export function readAuditQuery(params: SearchParamsInput): { filter: AuditFilter; errors: Record<string, string[]> } {
  const { values, errors } = readSearchParams(firstValues(params), auditQuery);
  const filter = withoutNulls(values);
  const periodErrors: Record<string, string[]> = {};
  for (const e of errors) if (e.parameter === "from" || e.parameter === "to") periodErrors[e.parameter] = [e.message];
  const order = dayRangeError(filter.from, filter.to);
  if (order) periodErrors.to = [order];
  return { filter, errors: periodErrors };
}

/** The log with these filters; empty filters and page 1 stay out of the URL. */
export function auditHref(filter: Partial<AuditFilter>): string {
  const entityType = AUDIT_ENTITY_TYPES.find((t) => t === filter.entityType);
  return `/audit${serializeAuditQuery({ ...filter, entityType })}`;
}

/** The same filtered log as an XLSX download (every page, not only the one on screen). */
export function auditExportHref(filter: Partial<AuditFilter>): string {
  const entityType = AUDIT_ENTITY_TYPES.find((t) => t === filter.entityType);
  return `/audit/export${serializeAuditQuery({ ...filter, entityType, page: null })}`;
}

/** Where the filter form lands: the canonical link of that view, empty fields left out. */
export function canonicalAuditSearch(params: SearchParamsInput): string {
  return canonicalSearch(firstValues(params), auditQuery, serializeAuditQuery);
}
