import "server-only";
import { and, inArray, isNull } from "drizzle-orm";
import { db, type Executor, transaction } from "@/db";
import { awards, distinctAwardPairs } from "@/db/schema";
import { authorize } from "@/lib/auth/can";
import type { StaffViewer } from "@/lib/auth/viewer";
import { FieldError, NotFoundError } from "@/lib/errors";
import { awardPair, type AwardPair } from "@/lib/review/checks";
import { recordAudit } from "./audit-writer";
import { NO_TAGS, type WriteContext, type Written } from "./write-context";

/** Pairs planners have confirmed are different awards; the duplicate check skips them. */
export async function listDistinctPairs(tx: Executor = db): Promise<AwardPair[]> {
  return await tx
    .select({ low: distinctAwardPairs.awardIdLow, high: distinctAwardPairs.awardIdHigh })
    .from(distinctAwardPairs);
}

/**
 * Records that two published awards are different awards, however alike their titles read. It
 * changes nothing the public sees, so no public tag expires.
 */
export async function markDistinctPair(
  viewer: StaffViewer,
  input: { awardId: number; otherAwardId: number },
  ctx: WriteContext,
): Promise<Written & { kind: "marked" | "already-marked"; low: number; high: number }> {
  authorize(viewer, "duplicates.mark");
  if (input.awardId === input.otherAwardId)
    throw new FieldError({ otherAwardId: ["서로 다른 두 실적을 골라 주세요."] });
  const pair = awardPair(input.awardId, input.otherAwardId);
  return await transaction(async (tx) => {
    const found = await tx
      .select({ id: awards.id })
      .from(awards)
      .where(and(inArray(awards.id, [pair.low, pair.high]), isNull(awards.deletedAt)));
    if (found.length !== 2)
      throw new NotFoundError("두 실적 가운데 하나를 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.");
    const inserted = await tx
      .insert(distinctAwardPairs)
      .values({ awardIdLow: pair.low, awardIdHigh: pair.high, markedBy: viewer.userId })
      .onConflictDoNothing()
      .returning({ low: distinctAwardPairs.awardIdLow });
    if (inserted.length === 0) return { kind: "already-marked" as const, ...pair, tags: NO_TAGS };
    await recordAudit(tx, {
      actor: viewer,
      action: "award.mark_distinct",
      entityType: "award",
      entityId: pair.low,
      after: { awardIdLow: pair.low, awardIdHigh: pair.high },
      ip: ctx.ip,
    });
    return { kind: "marked" as const, ...pair, tags: NO_TAGS };
  });
}
