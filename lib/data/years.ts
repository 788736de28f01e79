import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { db, transaction } from "@/db";
import { years, yearEvents, type Year } from "@/db/schema";
import { takeTurns, yearKey } from "@/db/raw";
import { authorize } from "@/lib/auth/can";
import type { Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { ConflictError } from "@/lib/errors";
import { recordAudit } from "./audit-writer";
import type { WriteContext, Written } from "./write-context";

export async function listYears(viewer: Viewer): Promise<Year[]> {
  authorize(viewer, "workspace.use");
  return await db.select().from(years).orderBy(asc(years.year));
}

/**
 * Closes (마감) or reopens a year. A closed year's published figures are frozen; reopening needs a
 * reason, which the audit log and the public dashboard both show. The guard is the update itself
 * (`WHERE status <> new`): of two planners closing the same year at once exactly one changes it.
 */
export async function setYearStatus(
  viewer: Viewer,
  input: { year: number; status: "open" | "closed"; reason: string | null },
  ctx: WriteContext,
): Promise<Written & { kind: "closed" | "reopened"; year: number }> {
  authorize(viewer, "year.set-status");
  return await transaction(async (tx) => {
    // Waits for writes that checked the year open (isYearClosed) to commit, and holds off new ones.
    await takeTurns(tx, yearKey(input.year));
    await tx.insert(years).values({ year: input.year }).onConflictDoNothing();
    const at = new Date();
    const changed = await tx
      .update(years)
      .set({ status: input.status, version: sql`${years.version} + 1`, updatedAt: at })
      .where(and(eq(years.year, input.year), ne(years.status, input.status)))
      .returning({ year: years.year });
    const before = input.status === "closed" ? "open" : "closed";
    if (changed.length === 0)
      throw new ConflictError(
        { status: input.status },
        input.status === "closed" ? "이미 마감된 연도입니다." : "이미 열려 있는 연도입니다.",
      );
    await tx.insert(yearEvents).values({
      year: input.year,
      kind: input.status === "closed" ? "closed" : "reopened",
      reason: input.reason,
      actorId: viewer.userId,
      at,
    });
    await recordAudit(tx, {
      actor: viewer,
      action: input.status === "closed" ? "year.close" : "year.reopen",
      entityType: "year",
      entityId: input.year,
      before: { status: before },
      after: { status: input.status },
      note: input.reason,
      ip: ctx.ip,
    });
    return {
      kind: input.status === "closed" ? ("closed" as const) : ("reopened" as const),
      year: input.year,
      tags: [CACHE_TAGS.years],
    };
  });
}
