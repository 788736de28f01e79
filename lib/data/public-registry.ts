import "server-only";
import { and, asc, count, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/db";
import { agencies, awards, departments, type AgencyKind } from "@/db/schema";
import { CACHE_TAGS } from "@/lib/cache-tags";

// Public reads take no viewer: the registries of departments and bodies are public.

export type RegistryDepartment = { id: number; name: string };
export type RegistryAgency = { id: number; name: string; kind: AgencyKind };

export async function listDepartments(): Promise<RegistryDepartment[]> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.registry);
  return await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.active, true))
    .orderBy(asc(departments.sortOrder), asc(departments.name));
}

export async function listAgencies(): Promise<RegistryAgency[]> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.registry);
  return await db
    .select({ id: agencies.id, name: agencies.name, kind: agencies.kind })
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
    .orderBy(desc(count()), asc(awards.grade));
  return rows.map((r) => r.grade!);
}
