import "server-only";
import { authorize, can, REFUSALS } from "@/lib/auth/can";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import { db, transaction } from "@/db";
import { agencies, awards, type Submission } from "@/db/schema";
import type { StaffViewer, Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import type { AwardInput } from "@/lib/validations/award";
import { recordAudit } from "./audit-writer";
import {
  assertRegistered,
  assertAwardYearEditable,
  awardContent,
  awardSnapshot,
  insertAward,
  trashAward,
  updateAward,
  type AwardContent,
  type AwardSnapshot,
} from "./award-records";
import { fourEyes, proposingDepartment } from "./four-eyes";
import { openProposalOn, propose, proposalOf, type ProposalBase } from "./proposals";
import { NO_TAGS, type WriteContext, type Written } from "./write-context";

const PUBLISHED = [CACHE_TAGS.awards] as const;

export type AwardForEdit = {
  award: AwardSnapshot;
  openSubmission: (Submission & { content: AwardContent | AwardSnapshot; action: "update" | "delete" }) | null;
};

/** What saving or deleting an award did: published at once (planners) or proposed for review. */
export type AwardWrite = Written &
  (
    | { kind: "published"; change: "create" | "update" | "delete" | "restore"; awardId: number }
    | { kind: "proposed"; change: "create" | "update" | "delete"; proposalId: number }
  );

function officerMustOwn(viewer: StaffViewer, departmentIds: number[], action: "record.edit" | "record.delete") {
  authorize(viewer, action, { departmentIds });
}

/** An officer may not hand a record to other departments only: it would leave their reach. */
function ownDepartmentListed(viewer: StaffViewer, departmentIds: number[]) {
  if (!can(viewer, "record.assign", { departmentIds })) {
    throw new FieldError({ departmentIds: [REFUSALS["record.assign"]] });
  }
}

/** An award and any open proposal for it, for the edit form. Officers only see their department's. */
export async function getAwardForEdit(viewer: Viewer, id: number): Promise<AwardForEdit> {
  authorize(viewer, "workspace.use");
  const award = await awardSnapshot(db, id);
  if (!award || award.deleted) throw new NotFoundError();
  officerMustOwn(viewer, award.departmentIds, "record.edit");
  const open = await openProposalOn(db, { awardId: id });
  if (!open) return { award, openSubmission: null };
  const proposal = proposalOf(open);
  if (proposal.kind !== "award.update" && proposal.kind !== "award.delete") return { award, openSubmission: null };
  return { award, openSubmission: { ...open, content: proposal.content, action: open.action as "update" | "delete" } };
}

/**
 * Adds or edits an award. A planner's save publishes at once; an officer's becomes (or updates)
 * the one open submission for that record, and the public keeps seeing the approved version. Under
 * the four-eyes rule a planner's save is a proposal too, for another planner to approve.
 */
export async function saveAward(
  viewer: StaffViewer,
  input: AwardInput & { submissionVersion?: ProposalBase },
  ctx: WriteContext,
): Promise<AwardWrite> {
  const content = awardContent(input);
  return await transaction(async (tx): Promise<AwardWrite> => {
    await assertAwardYearEditable(tx, content.year);
    await assertRegistered(tx, content, input.id);
    const publishes = can(viewer, "records.publish", await fourEyes(tx));

    if (input.id === undefined) {
      ownDepartmentListed(viewer, content.departmentIds);
      if (publishes) {
        const id = await insertAward(tx, content, viewer.userId);
        await recordAudit(tx, {
          actor: viewer,
          action: "award.create",
          entityType: "award",
          entityId: id,
          departmentId: content.departmentIds[0],
          after: await awardSnapshot(tx, id),
          ip: ctx.ip,
        });
        return { kind: "published", change: "create", awardId: id, tags: PUBLISHED };
      }
      const { proposalId } = await propose(
        tx,
        viewer,
        {
          proposal: { kind: "award.create", content },
          base: null,
          baseVersion: null,
          year: content.year,
          departmentId: proposingDepartment(viewer, content.departmentIds),
        },
        ctx,
      );
      return { kind: "proposed", change: "create", proposalId, tags: NO_TAGS };
    }

    const current = await awardSnapshot(tx, input.id);
    if (!current || current.deleted) throw new NotFoundError();
    officerMustOwn(viewer, current.departmentIds, "record.edit");
    ownDepartmentListed(viewer, content.departmentIds);
    await assertAwardYearEditable(tx, current.year);
    if (input.version !== current.version) throw new ConflictError(current);

    if (publishes) {
      if (!(await updateAward(tx, current.id, input.version, content, viewer.userId)))
        throw new ConflictError(await awardSnapshot(tx, current.id));
      await recordAudit(tx, {
        actor: viewer,
        action: "award.update",
        entityType: "award",
        entityId: current.id,
        departmentId: content.departmentIds[0],
        before: current,
        after: await awardSnapshot(tx, current.id),
        ip: ctx.ip,
      });
      return { kind: "published", change: "update", awardId: current.id, tags: PUBLISHED };
    }
    const { proposalId } = await propose(
      tx,
      viewer,
      {
        proposal: { kind: "award.update", awardId: current.id, content },
        base: input.submissionVersion ?? null,
        baseVersion: current.version,
        year: current.year,
        departmentId: proposingDepartment(viewer, current.departmentIds),
        before: current,
      },
      ctx,
    );
    return { kind: "proposed", change: "update", proposalId, tags: NO_TAGS };
  });
}

/** Deleting moves the award to the trash (planners) or asks for it (officers). */
export async function deleteAward(
  viewer: StaffViewer,
  input: { id: number; version: number; submissionVersion?: ProposalBase },
  ctx: WriteContext,
): Promise<AwardWrite> {
  return await transaction(async (tx): Promise<AwardWrite> => {
    const current = await awardSnapshot(tx, input.id);
    if (!current || current.deleted) throw new NotFoundError();
    officerMustOwn(viewer, current.departmentIds, "record.delete");
    await assertAwardYearEditable(tx, current.year);
    if (input.version !== current.version) throw new ConflictError(current);
    if (!can(viewer, "records.publish", await fourEyes(tx))) {
      const { proposalId } = await propose(
        tx,
        viewer,
        {
          proposal: { kind: "award.delete", awardId: current.id, content: { ...current, deleted: true } },
          base: input.submissionVersion ?? null,
          baseVersion: current.version,
          year: current.year,
          departmentId: proposingDepartment(viewer, current.departmentIds),
          before: current,
        },
        ctx,
      );
      return { kind: "proposed", change: "delete", proposalId, tags: NO_TAGS };
    }
    if (!(await trashAward(tx, current.id, input.version, viewer.userId)))
      throw new ConflictError(await awardSnapshot(tx, current.id));
    await recordAudit(tx, {
      actor: viewer,
      action: "award.delete",
      entityType: "award",
      entityId: current.id,
      departmentId: current.departmentIds[0],
      before: current,
      ip: ctx.ip,
    });
    return { kind: "published", change: "delete", awardId: current.id, tags: PUBLISHED };
  });
}

/** Planners bring an award back from the trash. */
export async function restoreAward(viewer: StaffViewer, input: { id: number }, ctx: WriteContext): Promise<AwardWrite> {
  authorize(viewer, "award.restore");
  const gone = "휴지통에서 찾을 수 없습니다. 이미 복원되었을 수 있습니다.";
  return await transaction(async (tx): Promise<AwardWrite> => {
    const current = await awardSnapshot(tx, input.id);
    if (!current?.deleted) throw new NotFoundError(gone);
    await assertAwardYearEditable(tx, current.year);
    // Restores only the trashed row at the version read: of two restores at once, one writes.
    const restored = await tx
      .update(awards)
      .set({
        deletedAt: null,
        deletedBy: null,
        version: current.version + 1,
        updatedBy: viewer.userId,
        updatedAt: new Date(),
      })
      .where(and(eq(awards.id, current.id), eq(awards.version, current.version), isNotNull(awards.deletedAt)))
      .returning({ id: awards.id });
    if (restored.length !== 1) throw new NotFoundError(gone);
    await recordAudit(tx, {
      actor: viewer,
      action: "award.restore",
      entityType: "award",
      entityId: current.id,
      departmentId: current.departmentIds[0],
      before: current,
      after: await awardSnapshot(tx, current.id),
      ip: ctx.ip,
    });
    return { kind: "published", change: "restore", awardId: current.id, tags: PUBLISHED };
  });
}

export type TrashedAward = { id: number; year: number; title: string; agency: string; deletedAt: Date | null };

export async function listTrash(viewer: Viewer): Promise<TrashedAward[]> {
  authorize(viewer, "trash.read");
  return await db
    .select({
      id: awards.id,
      year: awards.year,
      title: awards.title,
      agency: agencies.name,
      deletedAt: awards.deletedAt,
    })
    .from(awards)
    .innerJoin(agencies, eq(agencies.id, awards.agencyId))
    .where(isNotNull(awards.deletedAt))
    .orderBy(desc(awards.deletedAt));
}
