import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { years, yearEvents, type Year } from "@/db/schema";
import { authorize } from "@/lib/auth/can";
import type { Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { ConflictError } from "@/lib/errors";
import { recordAudit } from "./audit-writer";
import type { WriteContext, Written } from "./write-context";

export function listYears(viewer: Viewer): Year[] {
  authorize(viewer, "workspace.use");
  return db.select().from(years).orderBy(asc(years.year)).all();
}

/**
 * Closes (마감) or reopens a year. A closed year's published figures are frozen; reopening needs a
 * reason, which the audit log and the public dashboard both show.
 */
export function setYearStatus(
  viewer: Viewer,
  input: { year: number; status: "open" | "closed"; reason: string | null },
  ctx: WriteContext,
): Written & { kind: "closed" | "reopened"; year: number } {
  authorize(viewer, "year.set-status");
  return db.transaction((tx) => {
    const current = tx.select().from(years).where(eq(years.year, input.year)).get();
    if (!current) tx.insert(years).values({ year: input.year }).run();
    const before = current?.status ?? "open";
    if (before === input.status)
      throw new ConflictError(
        { status: before },
        input.status === "closed" ? "이미 마감된 연도입니다." : "이미 열려 있는 연도입니다.",
      );
    const at = new Date();
    tx.update(years)
      .set({ status: input.status, version: (current?.version ?? 1) + 1, updatedAt: at })
      .where(eq(years.year, input.year))
      .run();
    tx.insert(yearEvents)
      .values({
        year: input.year,
        kind: input.status === "closed" ? "closed" : "reopened",
        reason: input.reason,
        actorId: viewer.userId,
        at,
      })
      .run();
    recordAudit(tx, {
      actor: viewer,
      action: input.status === "closed" ? "year.close" : "year.reopen",
      entityType: "year",
      entityId: input.year,
      before: { status: before },
      after: { status: input.status },
      note: input.reason,
      ip: ctx.ip,
    });
    return { kind: input.status === "closed" ? "closed" : "reopened", year: input.year, tags: [CACHE_TAGS.years] };
  });
}
