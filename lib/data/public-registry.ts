import "server-only";
import { and, asc, count, desc, isNotNull, isNull } from "drizzle-orm";
import { ascending } from "@/db/sql";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/db";
import { agencies, awards, departments, type AgencyKind } from "@/db/schema";
import { CACHE_TAGS } from "@/lib/cache-tags";

// Public reads take no viewer: the registries of departments and bodies are public.

/** `active: false`: kept on old records and public pages, no longer offered for new records. */
export type RegistryDepartment = { id: number; name: string; active: boolean };
export type RegistryAgency = { id: number; name: string; kind: AgencyKind; active: boolean };

/** Departments in use, active or not; one ended by a reorganisation owns no records any more. */
export async function listDepartments(): Promise<RegistryDepartment[]> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.registry);
  return await db
    .select({ id: departments.id, name: departments.name, active: departments.active })
    .from(departments)
    .where(isNull(departments.endedOn))
    .orderBy(asc(departments.sortOrder), asc(departments.name));
}

export async function listAgencies(): Promise<RegistryAgency[]> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.registry);
  return await db
    .select({ id: agencies.id, name: agencies.name, kind: agencies.kind, active: agencies.active })
    .from(agencies)
    .orderBy(asc(agencies.sortOrder), asc(agencies.name));
}

/** Grades in use, most common first: suggestions for the award form and the grade filter. */
export async function listGrades(): Promise<string[]> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.awards);
  const rows = await db
    .select({ grade: awards.grade, n: count() })
    .from(awards)
    .where(and(isNotNull(awards.grade), isNull(awards.deletedAt)))
    .groupBy(awards.grade)
    .orderBy(desc(count()), ascending(awards.grade));
  return rows.map((r) => r.grade!);
}

/**
 * Where a department ended by a merge went, following merges of merges: a link filtered by the old
 * department (a bookmark, a press release) leads to the one that now holds its records. Null for a
 * department still in use, or one split up (its records went to several; no single successor).
 */
export async function departmentSuccessor(id: number): Promise<number | null> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.registry);
  const rows = await db
    .select({ id: departments.id, mergedInto: departments.mergedInto })
    .from(departments)
    .where(isNotNull(departments.mergedInto));
  const next = new Map(rows.map((r) => [r.id, r.mergedInto!]));
  let current = id;
  // Bounded by the number of merges, so a cycle written by hand in the database cannot loop forever.
  for (let step = 0; step <= next.size && next.has(current); step++) current = next.get(current)!;
  return current === id || next.has(current) ? null : current;
}
