import type { AuditAction } from "@/lib/audit/actions";
import { CACHE_TAGS, type CacheTag } from "@/lib/cache-tags";

/**
 * The public tags each audited action changes. recordAudit bumps their publication revisions in the
 * transaction that writes the audit row, so a publishing path cannot publish without recording it.
 * An action missing here changes nothing public (proposals, returns, accounts, logins).
 */
export const PUBLICATION_TAGS: Readonly<Partial<Record<AuditAction, readonly CacheTag[]>>> = {
  "award.create": [CACHE_TAGS.awards],
  "award.update": [CACHE_TAGS.awards],
  "award.delete": [CACHE_TAGS.awards],
  "award.restore": [CACHE_TAGS.awards],
  "kpi_value.publish": [CACHE_TAGS.kpis],
  "kpi.create": [CACHE_TAGS.kpis],
  "kpi.update": [CACHE_TAGS.kpis],
  // The public sees that an award has evidence, and opens it once a planner makes it public.
  "evidence.attach": [CACHE_TAGS.awards],
  "evidence.publish": [CACHE_TAGS.awards],
  "year.close": [CACHE_TAGS.years],
  "year.reopen": [CACHE_TAGS.years],
  "department.rename": [CACHE_TAGS.registry, CACHE_TAGS.awards],
  "agency.rename": [CACHE_TAGS.registry, CACHE_TAGS.awards],
  // Added or (de)activated entries change the registry lists (filters, downloads' names), not any record.
  "department.create": [CACHE_TAGS.registry],
  "department.deactivate": [CACHE_TAGS.registry],
  "department.reactivate": [CACHE_TAGS.registry],
  "agency.create": [CACHE_TAGS.registry],
  "agency.deactivate": [CACHE_TAGS.registry],
  "agency.reactivate": [CACHE_TAGS.registry],
  "registry.import": [CACHE_TAGS.registry, CACHE_TAGS.awards],
  // A reorganisation moves awards and KPIs to the surviving departments: every per-department figure.
  "department.merge": [CACHE_TAGS.registry, CACHE_TAGS.awards, CACHE_TAGS.kpis],
  "department.split": [CACHE_TAGS.registry, CACHE_TAGS.awards, CACHE_TAGS.kpis],
  "organisation.update": [CACHE_TAGS.identity],
  "organisation.setup": [CACHE_TAGS.identity],
  "import.publish": [CACHE_TAGS.awards],
  "import.undo": [CACHE_TAGS.awards],
  // Starting an edition adds its year (hidden until published); publishing shows it everywhere.
  "edition.start": [CACHE_TAGS.narrative, CACHE_TAGS.years],
  "edition.publish": [CACHE_TAGS.narrative, CACHE_TAGS.years],
  "edition.area_update": [CACHE_TAGS.narrative],
  "edition.area_move": [CACHE_TAGS.narrative],
  "edition.point_create": [CACHE_TAGS.narrative],
  "edition.point_update": [CACHE_TAGS.narrative],
  "edition.point_move": [CACHE_TAGS.narrative],
  "edition.point_delete": [CACHE_TAGS.narrative],
};

export function publicationTagsOf(action: AuditAction): readonly CacheTag[] {
  return PUBLICATION_TAGS[action] ?? [];
}
