import "server-only";
import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { agencies, awards, submissions, type Submission } from "@/db/schema";
import type { ActionContext, ActionOutcome } from "@/lib/actions/form-action";
import { canEditDepartmentRecord, isPlanner } from "@/lib/auth/permissions";
import type { StaffViewer, Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { ConflictError, FieldError, ForbiddenError, NotFoundError } from "@/lib/errors";
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

const PUBLISHED: ActionOutcome["tags"] = [CACHE_TAGS.awards];

export type AwardForEdit = { award: AwardSnapshot; openSubmission: (Submission & { content: AwardContent }) | null };

function openSubmissionFor(tx: Executor, awardId: number): Submission | undefined {
  return tx
    .select()
    .from(submissions)
    .where(
      and(
        eq(submissions.entityType, "award"),
        eq(submissions.entityId, awardId),
        inArray(submissions.status, ["pending", "returned"]),
      ),
    )
    .get();
}

function officerMustOwn(viewer: StaffViewer, departmentIds: number[], message?: string) {
  if (!canEditDepartmentRecord(viewer, departmentIds)) throw new ForbiddenError(message);
}

/** An officer may not hand a record to other departments only: it would leave their reach. */
function ownDepartmentListed(viewer: StaffViewer, departmentIds: number[]) {
  if (!canEditDepartmentRecord(viewer, departmentIds)) {
    throw new FieldError({ departmentIds: ["자기 부서가 담당부서에 포함되어야 합니다."] });
  }
}

/** An award and any open proposal for it, for the edit form. Officers only see their department's. */
export function getAwardForEdit(viewer: Viewer, id: number): AwardForEdit {
  if (viewer.kind !== "staff") throw new ForbiddenError();
  const award = awardSnapshot(db, id);
  if (!award || award.deleted) throw new NotFoundError();
  officerMustOwn(viewer, award.departmentIds, "다른 부서의 수상 실적은 수정할 수 없습니다.");
  const open = openSubmissionFor(db, id);
  return { award, openSubmission: open ? { ...open, content: JSON.parse(open.payload) as AwardContent } : null };
}

/**
 * Adds or edits an award. A planner's save publishes at once; an officer's becomes (or updates)
 * the one open submission for that record, and the public keeps seeing the approved version.
 */
export function saveAward(
  viewer: StaffViewer,
  input: AwardInput & { submissionVersion?: number },
  ctx: ActionContext,
): ActionOutcome {
  const content = awardContent(input);
  return db.transaction((tx) => {
    assertAwardYearEditable(tx, content.year);
    assertRegistered(tx, content);

    if (input.id === undefined) {
      ownDepartmentListed(viewer, content.departmentIds);
      if (isPlanner(viewer)) {
        const id = insertAward(tx, content, viewer.userId);
        recordAudit(tx, {
          actor: viewer,
          action: "award.create",
          entityType: "award",
          entityId: id,
          departmentId: content.departmentIds[0],
          after: awardSnapshot(tx, id),
          ip: ctx.ip,
        });
        return {
          tags: PUBLISHED,
          message: "수상 실적을 등록하고 바로 게시했습니다.",
          redirectTo: `/workspace/awards?notice=published`,
        };
      }
      const submission = tx
        .insert(submissions)
        .values({
          entityType: "award",
          action: "create",
          payload: JSON.stringify(content),
          year: content.year,
          departmentId: viewer.departmentId!,
          submittedBy: viewer.userId,
        })
        .returning()
        .get();
      recordAudit(tx, {
        actor: viewer,
        action: "submission.create",
        entityType: "submission",
        entityId: submission.id,
        departmentId: viewer.departmentId,
        after: content,
        note: "award.create",
        ip: ctx.ip,
      });
      return {
        tags: [],
        message: "수상 실적을 제출했습니다. 검토 부서 승인 후 공개됩니다.",
        redirectTo: `/workspace/submissions?notice=submitted`,
      };
    }

    const current = awardSnapshot(tx, input.id);
    if (!current || current.deleted) throw new NotFoundError();
    officerMustOwn(viewer, current.departmentIds, "다른 부서의 수상 실적은 수정할 수 없습니다.");
    ownDepartmentListed(viewer, content.departmentIds);
    assertAwardYearEditable(tx, current.year);
    if (input.version !== current.version) throw new ConflictError(current);

    if (isPlanner(viewer)) {
      if (!updateAward(tx, current.id, current.version, content, viewer.userId))
        throw new ConflictError(awardSnapshot(tx, current.id));
      recordAudit(tx, {
        actor: viewer,
        action: "award.update",
        entityType: "award",
        entityId: current.id,
        departmentId: content.departmentIds[0],
        before: current,
        after: awardSnapshot(tx, current.id),
        ip: ctx.ip,
      });
      return {
        tags: PUBLISHED,
        message: "수정 내용을 바로 게시했습니다.",
        redirectTo: `/workspace/awards?notice=published`,
      };
    }
    return proposeChange(tx, viewer, current, "update", content, input.submissionVersion, ctx);
  });
}

/** Creates or refreshes the one open submission for an existing award. */
function proposeChange(
  tx: Executor,
  viewer: StaffViewer,
  current: AwardSnapshot,
  action: "update" | "delete",
  content: AwardContent | null,
  submissionVersion: number | undefined,
  ctx: ActionContext,
): ActionOutcome {
  const payload = JSON.stringify(content ?? { ...current, deleted: true });
  const open = openSubmissionFor(tx, current.id);
  if (open) {
    if (submissionVersion !== undefined && submissionVersion !== open.version) {
      throw new ConflictError(
        { ...JSON.parse(open.payload), status: open.status },
        "다른 사용자가 먼저 이 제출 내용을 고쳤습니다. 아래의 현재 값을 확인한 뒤 다시 저장해 주세요.",
      );
    }
    const updated = tx
      .update(submissions)
      .set({
        action,
        payload,
        status: "pending",
        baseVersion: current.version,
        submittedBy: viewer.userId,
        version: open.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(submissions.id, open.id), eq(submissions.version, open.version)))
      .run();
    if (updated.changes !== 1) throw new ConflictError({ ...JSON.parse(open.payload), status: open.status });
    recordAudit(tx, {
      actor: viewer,
      action: "submission.update",
      entityType: "submission",
      entityId: open.id,
      departmentId: viewer.departmentId,
      before: JSON.parse(open.payload),
      after: JSON.parse(payload),
      note: `award.${action}`,
      ip: ctx.ip,
    });
  } else {
    const created = tx
      .insert(submissions)
      .values({
        entityType: "award",
        entityId: current.id,
        action,
        payload,
        baseVersion: current.version,
        year: current.year,
        departmentId: viewer.departmentId!,
        submittedBy: viewer.userId,
      })
      .returning({ id: submissions.id })
      .get();
    recordAudit(tx, {
      actor: viewer,
      action: "submission.create",
      entityType: "submission",
      entityId: created.id,
      departmentId: viewer.departmentId,
      before: current,
      after: JSON.parse(payload),
      note: `award.${action}`,
      ip: ctx.ip,
    });
  }
  const message =
    action === "delete"
      ? "삭제 요청을 제출했습니다. 검토 부서 승인 후 반영됩니다."
      : "수정 내용을 제출했습니다. 검토 부서 승인 후 공개됩니다.";
  return { tags: [], message, redirectTo: `/workspace/submissions?notice=submitted` };
}

/** Deleting moves the award to the trash (planners) or asks for it (officers). */
export function deleteAward(
  viewer: StaffViewer,
  input: { id: number; version: number },
  ctx: ActionContext,
): ActionOutcome {
  return db.transaction((tx) => {
    const current = awardSnapshot(tx, input.id);
    if (!current || current.deleted) throw new NotFoundError();
    officerMustOwn(viewer, current.departmentIds, "다른 부서의 수상 실적은 삭제할 수 없습니다.");
    assertAwardYearEditable(tx, current.year);
    if (input.version !== current.version) throw new ConflictError(current);
    if (!isPlanner(viewer)) return proposeChange(tx, viewer, current, "delete", null, undefined, ctx);
    if (!trashAward(tx, current.id, current.version, viewer.userId))
      throw new ConflictError(awardSnapshot(tx, current.id));
    recordAudit(tx, {
      actor: viewer,
      action: "award.delete",
      entityType: "award",
      entityId: current.id,
      departmentId: current.departmentIds[0],
      before: current,
      ip: ctx.ip,
    });
    return {
      tags: PUBLISHED,
      message: "휴지통으로 옮겼습니다. 휴지통에서 복원할 수 있습니다.",
      redirectTo: `/workspace/awards?notice=deleted`,
    };
  });
}

/** Planners bring an award back from the trash. */
export function restoreAward(viewer: StaffViewer, input: { id: number }, ctx: ActionContext): ActionOutcome {
  if (!isPlanner(viewer)) throw new ForbiddenError("휴지통 복원은 검토 부서만 할 수 있습니다.");
  return db.transaction((tx) => {
    const current = awardSnapshot(tx, input.id);
    if (!current || !current.deleted)
      throw new NotFoundError("휴지통에서 찾을 수 없습니다. 이미 복원되었을 수 있습니다.");
    assertAwardYearEditable(tx, current.year);
    tx.update(awards)
      .set({
        deletedAt: null,
        deletedBy: null,
        version: current.version + 1,
        updatedBy: viewer.userId,
        updatedAt: new Date(),
      })
      .where(and(eq(awards.id, current.id), eq(awards.version, current.version)))
      .run();
    recordAudit(tx, {
      actor: viewer,
      action: "award.restore",
      entityType: "award",
      entityId: current.id,
      departmentId: current.departmentIds[0],
      before: current,
      after: awardSnapshot(tx, current.id),
      ip: ctx.ip,
    });
    return { tags: PUBLISHED, message: "복원했습니다.", redirectTo: `/workspace/trash?notice=restored` };
  });
}

export type TrashedAward = { id: number; year: number; title: string; agency: string; deletedAt: Date | null };

export function listTrash(viewer: Viewer): TrashedAward[] {
  if (!isPlanner(viewer)) throw new ForbiddenError();
  return db
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
    .orderBy(desc(awards.deletedAt))
    .all();
}
