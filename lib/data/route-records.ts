import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { awards, kpis, submissions, years } from "@/db/schema";

/**
 * Whether the record a path names exists, for the proxy. A page streams (behind Suspense, under
 * Cache Components), so once it starts the status is already 200 and its own notFound() can only
 * show the not-found page; the proxy answers 404 before that. Existence only: who may see the
 * record is still decided by the page and its data function.
 */
const RECORD_PATHS: { pattern: RegExp; exists: (id: number) => Promise<boolean> }[] = [
  { pattern: /^\/years\/([^/]+)\/?$/, exists: isPublicYear },
  { pattern: /^\/workspace\/awards\/([^/]+)\/edit\/?$/, exists: liveAward },
  { pattern: /^\/workspace\/kpis\/([^/]+)\/?$/, exists: liveKpi },
  { pattern: /^\/workspace\/submissions\/([^/]+)\/edit\/?$/, exists: submissionExists },
];

/** False when the path names a record that does not exist; true for every other path. */
export async function pathRecordExists(pathname: string): Promise<boolean> {
  for (const { pattern, exists } of RECORD_PATHS) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const id = /^\d{1,9}$/.test(match[1]) ? Number(match[1]) : Number.NaN;
    return Number.isSafeInteger(id) && (await exists(id));
  }
  return true;
}

/** /years/<year>: published awards or recorded totals (the years listPublicYears lists). */
export async function isPublicYear(year: number): Promise<boolean> {
  const [award] = await db
    .select({ id: awards.id })
    .from(awards)
    .where(and(eq(awards.year, year), isNull(awards.deletedAt)))
    .limit(1);
  if (award) return true;
  const [recorded] = await db.select({ year: years.year }).from(years).where(eq(years.year, year)).limit(1);
  return recorded !== undefined;
}

async function liveAward(id: number): Promise<boolean> {
  const [row] = await db
    .select({ id: awards.id })
    .from(awards)
    .where(and(eq(awards.id, id), isNull(awards.deletedAt)))
    .limit(1);
  return row !== undefined;
}

async function liveKpi(id: number): Promise<boolean> {
  const [row] = await db
    .select({ id: kpis.id })
    .from(kpis)
    .where(and(eq(kpis.id, id), isNull(kpis.deletedAt)))
    .limit(1);
  return row !== undefined;
}

async function submissionExists(id: number): Promise<boolean> {
  const [row] = await db.select({ id: submissions.id }).from(submissions).where(eq(submissions.id, id)).limit(1);
  return row !== undefined;
}
