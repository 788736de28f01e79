import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { awards, years } from "@/db/schema";

/**
 * Whether /years/<year> has anything to show: published awards or recorded totals (the years
 * listPublicYears lists). Uncached and small, for the proxy: a year page streams behind Suspense,
 * so once it starts the status is already 200, and an unknown year must be answered 404 before.
 */
export function isPublicYear(year: number): boolean {
  if (!Number.isSafeInteger(year)) return false;
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
