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
const RECORD_PATHS: { pattern: RegExp; exists: (id: number) => boolean }[] = [
  { pattern: /^\/years\/([^/]+)\/?$/, exists: isPublicYear },
  { pattern: /^\/workspace\/awards\/([^/]+)\/edit\/?$/, exists: liveAward },
  // /workspace/kpis/new is the form for a new KPI, not a KPI named "new".
  { pattern: /^\/workspace\/kpis\/(?!new\/?$)([^/]+)\/?$/, exists: liveKpi },
  { pattern: /^\/workspace\/submissions\/([^/]+)\/edit\/?$/, exists: submissionExists },
];

/** False when the path names a record that does not exist; true for every other path. */
export function pathRecordExists(pathname: string): boolean {
  for (const { pattern, exists } of RECORD_PATHS) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const id = /^\d{1,9}$/.test(match[1]) ? Number(match[1]) : Number.NaN;
    return Number.isSafeInteger(id) && exists(id);
  }
  return true;
}

/** /years/<year>: published awards or recorded totals (the years listPublicYears lists). */
export function isPublicYear(year: number): boolean {
  const award = db
    .select({ id: awards.id })
    .from(awards)
    .where(and(eq(awards.year, year), isNull(awards.deletedAt)))
    .limit(1)
    .get();
  return (
    award !== undefined || db.select({ year: years.year }).from(years).where(eq(years.year, year)).get() !== undefined
  );
}

function liveAward(id: number): boolean {
  return (
    db
      .select({ id: awards.id })
      .from(awards)
      .where(and(eq(awards.id, id), isNull(awards.deletedAt)))
      .get() !== undefined
  );
}

function liveKpi(id: number): boolean {
  return (
    db
      .select({ id: kpis.id })
      .from(kpis)
      .where(and(eq(kpis.id, id), isNull(kpis.deletedAt)))
      .get() !== undefined
  );
}

function submissionExists(id: number): boolean {
  return db.select({ id: submissions.id }).from(submissions).where(eq(submissions.id, id)).get() !== undefined;
}
