import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { db, transaction } from "@/db";
import { importBatches, importBatchRows, users } from "@/db/schema";
import { authorize } from "@/lib/auth/can";
import type { StaffViewer, Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit-writer";
import type { WriteContext, Written } from "./write-context";
import {
  assertAwardYearEditable,
  awardSnapshot,
  trashAward,
  updateAward,
  type AwardContent,
  type AwardSnapshot,
} from "./award-records";

/** A published import as the import page lists it. */
export type ImportBatchView = {
  id: number;
  fileName: string;
  createdAt: Date;
  createdBy: string;
  addedCount: number;
  updatedCount: number;
  undoneAt: Date | null;
};

export async function listImportBatches(viewer: Viewer, limit = 10): Promise<ImportBatchView[]> {
  authorize(viewer, "import.undo");
  return await db
    .select({
      id: importBatches.id,
      fileName: importBatches.fileName,
      createdAt: importBatches.createdAt,
      createdBy: users.displayName,
      addedCount: importBatches.addedCount,
      updatedCount: importBatches.updatedCount,
      undoneAt: importBatches.undoneAt,
    })
    .from(importBatches)
    .innerJoin(users, eq(users.id, importBatches.createdBy))
    .orderBy(desc(importBatches.id))
    .limit(limit);
}

/**
 * Undoes a published import as a whole: each updated award gets its previous content back and
 * each added one goes to the trash, in one transaction with an audit row each. Refused, with
 * nothing changed, if any of them changed after the import (its version moved on). The batch is
 * claimed first by an UPDATE that requires it not yet undone: of two undos at once, one proceeds.
 */
export async function undoImport(
  viewer: StaffViewer,
  input: { id: number },
  ctx: WriteContext,
): Promise<Written & { kind: "undone"; batchId: number }> {
  authorize(viewer, "import.undo");
  await transaction(async (tx) => {
    const [batch] = await tx.select().from(importBatches).where(eq(importBatches.id, input.id)).limit(1);
    if (!batch) throw new NotFoundError("그 일괄 등록 기록이 없습니다.");
    const alreadyUndone = () => new ConflictError(batch, `일괄 등록 ${batch.id}번은 이미 되돌렸습니다.`);
    if (batch.undoneAt) throw alreadyUndone();
    const claimed = await tx
      .update(importBatches)
      .set({ undoneAt: new Date(), undoneBy: viewer.userId })
      .where(and(eq(importBatches.id, batch.id), isNull(importBatches.undoneAt)))
      .returning({ id: importBatches.id });
    if (claimed.length !== 1) throw alreadyUndone();
    const rows = await tx.select().from(importBatchRows).where(eq(importBatchRows.batchId, batch.id));
    const snapshots = new Map<number, AwardSnapshot | null>();
    for (const r of rows) snapshots.set(r.awardId, await awardSnapshot(tx, r.awardId));
    const changedSince = rows.filter((r) => {
      const now = snapshots.get(r.awardId);
      return !now || now.deleted || now.version !== r.versionAfter;
    });
    if (changedSince.length)
      throw new ConflictError(
        changedSince.map((r) => r.awardId),
        `일괄 등록 뒤에 바뀐 수상 실적이 있어 되돌리지 않았습니다(ID ${changedSince
          .slice(0, 10)
          .map((r) => r.awardId)
          .join(", ")}${changedSince.length > 10 ? " 외" : ""}). 그 수상 실적을 직접 고쳐 주세요.`,
      );
    const note = `일괄 등록 ${batch.id}번 되돌리기: ${batch.fileName}`;
    for (const r of rows) {
      const before = (await awardSnapshot(tx, r.awardId))!;
      await assertAwardYearEditable(tx, before.year);
      // Each write is guarded by the version the import left, so a change that slipped in is refused.
      let written: boolean;
      if (r.kind === "add") written = await trashAward(tx, r.awardId, r.versionAfter, viewer.userId);
      else {
        const previous = JSON.parse(r.before!) as AwardContent;
        await assertAwardYearEditable(tx, previous.year);
        written = await updateAward(tx, r.awardId, r.versionAfter, previous, viewer.userId);
      }
      if (!written)
        throw new ConflictError(
          [r.awardId],
          `일괄 등록 뒤에 바뀐 수상 실적이 있어 되돌리지 않았습니다(ID ${r.awardId}).`,
        );
      await recordAudit(tx, {
        actor: viewer,
        action: r.kind === "add" ? "award.delete" : "award.update",
        entityType: "award",
        entityId: r.awardId,
        departmentId: before.departmentIds[0],
        before,
        after: r.kind === "add" ? null : await awardSnapshot(tx, r.awardId),
        note,
        ip: ctx.ip,
      });
    }
    await recordAudit(tx, {
      actor: viewer,
      action: "import.undo",
      entityType: "import",
      entityId: batch.id,
      before: { added: batch.addedCount, updated: batch.updatedCount },
      note: batch.fileName,
      ip: ctx.ip,
    });
  });
  return { kind: "undone", batchId: input.id, tags: [CACHE_TAGS.awards] };
}
