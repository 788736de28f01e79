import "server-only";
import { and, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { departments, submissions, users, type Submission, type SubmissionStatus } from "@/db/schema";
import type { ActionContext, ActionOutcome } from "@/lib/actions/form-action";
import { canEditDepartmentRecord, isPlanner } from "@/lib/auth/permissions";
import type { StaffViewer, Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit-writer";
import {
  assertAwardYearEditable,
  assertRegistered,
  awardSnapshot,
  insertAward,
  trashAward,
  updateAward,
  type AwardContent,
  type AwardSnapshot,
} from "./award-records";
import { applyKpiValue, kpiValueSnapshot, type KpiValueContent } from "./kpi-records";

export type SubmissionView = Submission & {
  department: string;
  submitter: string;
  /** The proposal (award content or KPI value). For a delete, the record as it was. */
  content: Record<string, unknown>;
  /** The published record it changes, null for a new one. */
  published: Record<string, unknown> | null;
};

function visibleTo(viewer: Viewer): SQL | undefined {
  if (viewer.kind !== "staff") throw new ForbiddenError();
  if (isPlanner(viewer)) return undefined;
  if (viewer.departmentId === null) throw new ForbiddenError();
  return eq(submissions.departmentId, viewer.departmentId);
}

function published(tx: Executor, s: Submission): Record<string, unknown> | null {
  if (s.entityId === null) return null;
  return s.entityType === "award" ? awardSnapshot(tx, s.entityId) : kpiValueSnapshot(tx, s.entityId);
}

/** Submissions the viewer may see: officers their department's, planners everyone's. */
export function listSubmissions(viewer: Viewer, filter: { statuses?: SubmissionStatus[] } = {}): SubmissionView[] {
  const conditions = [visibleTo(viewer)];
  if (filter.statuses?.length) conditions.push(inArray(submissions.status, filter.statuses));
  const rows = db
    .select({ s: submissions, department: departments.name, submitter: users.displayName })
    .from(submissions)
    .innerJoin(departments, eq(departments.id, submissions.departmentId))
    .innerJoin(users, eq(users.id, submissions.submittedBy))
    .where(and(...conditions))
    .orderBy(desc(submissions.updatedAt), desc(submissions.id))
    .limit(500)
    .all();
  return rows.map(({ s, department, submitter }) => ({
    ...s,
    department,
    submitter,
    content: JSON.parse(s.payload),
    published: published(db, s),
  }));
}

export function getSubmission(viewer: Viewer, id: number): SubmissionView {
  const row = db
    .select({ s: submissions, department: departments.name, submitter: users.displayName })
    .from(submissions)
    .innerJoin(departments, eq(departments.id, submissions.departmentId))
    .innerJoin(users, eq(users.id, submissions.submittedBy))
    .where(and(eq(submissions.id, id), visibleTo(viewer)))
    .get();
  if (!row) throw new NotFoundError("제출 내용을 찾을 수 없습니다.");
  return {
    ...row.s,
    department: row.department,
    submitter: row.submitter,
    content: JSON.parse(row.s.payload),
    published: published(db, row.s),
  };
}

/** What waits for this viewer: new submissions for planners, returned ones for officers. */
export function countWaiting(viewer: Viewer): number {
  if (viewer.kind !== "staff") return 0;
  const status: SubmissionStatus = isPlanner(viewer) ? "pending" : "returned";
  const [{ n }] = db
    .select({ n: count() })
    .from(submissions)
    .where(and(eq(submissions.status, status), visibleTo(viewer)))
    .all();
  return n;
}

function loadOpen(tx: Executor, id: number, version: number): Submission {
  const s = tx.select().from(submissions).where(eq(submissions.id, id)).get();
  if (!s) throw new NotFoundError("제출 내용을 찾을 수 없습니다.");
  if (s.version !== version || s.status !== "pending") {
    throw new ConflictError(
      { status: s.status, version: s.version },
      "이 제출 내용은 그사이 바뀌었거나 이미 처리되었습니다. 목록을 새로 고쳐 주세요.",
    );
  }
  return s;
}

const STALE = "제출 이후 게시된 내용이 바뀌었습니다. 반려하여 담당자가 최신 내용으로 다시 제출하게 해 주세요.";

/** Applies an approved proposal to the published record; returns the audit action and entity. */
function apply(
  tx: Executor,
  viewer: StaffViewer,
  s: Submission,
): { action: string; entityType: string; entityId: number; before: unknown; after: unknown } {
  const content = JSON.parse(s.payload);
  if (s.entityType === "kpi_value") return applyKpiValue(tx, viewer, s, content as KpiValueContent);
  if (s.action === "create") {
    const award = content as AwardContent;
    assertAwardYearEditable(tx, award.year);
    assertRegistered(tx, award);
    const id = insertAward(tx, award, viewer.userId);
    return { action: "award.create", entityType: "award", entityId: id, before: null, after: awardSnapshot(tx, id) };
  }
  const current: AwardSnapshot | null = awardSnapshot(tx, s.entityId!);
  if (!current || current.deleted) throw new NotFoundError("제안 대상 수상 실적이 이미 삭제되었습니다.");
  assertAwardYearEditable(tx, current.year);
  if (current.version !== s.baseVersion) throw new ConflictError(current, STALE);
  if (s.action === "delete") {
    if (!trashAward(tx, current.id, current.version, viewer.userId)) throw new ConflictError(current, STALE);
    return { action: "award.delete", entityType: "award", entityId: current.id, before: current, after: null };
  }
  const award = content as AwardContent;
  assertAwardYearEditable(tx, award.year);
  assertRegistered(tx, award);
  if (!updateAward(tx, current.id, current.version, award, viewer.userId)) throw new ConflictError(current, STALE);
  return {
    action: "award.update",
    entityType: "award",
    entityId: current.id,
    before: current,
    after: awardSnapshot(tx, current.id),
  };
}

/** Approves submissions (one or a batch) in one transaction: all apply, or none does. */
export function approveSubmissions(
  viewer: StaffViewer,
  items: { id: number; version: number }[],
  ctx: ActionContext,
): ActionOutcome {
  if (!isPlanner(viewer)) throw new ForbiddenError("승인은 검토 부서만 할 수 있습니다.");
  return db.transaction((tx) => {
    const tags = new Set<ActionOutcome["tags"][number]>();
    for (const item of items) {
      const s = loadOpen(tx, item.id, item.version);
      const change = apply(tx, viewer, s);
      tx.update(submissions)
        .set({
          status: "approved",
          reviewedBy: viewer.userId,
          reviewedAt: new Date(),
          reviewNote: null,
          version: s.version + 1,
          updatedAt: new Date(),
        })
        .where(eq(submissions.id, s.id))
        .run();
      recordAudit(tx, {
        actor: viewer,
        action: "submission.approve",
        entityType: "submission",
        entityId: s.id,
        departmentId: s.departmentId,
        ip: ctx.ip,
      });
      recordAudit(tx, {
        actor: viewer,
        ...change,
        departmentId: s.departmentId,
        note: `submission #${s.id}`,
        ip: ctx.ip,
      });
      tags.add(s.entityType === "award" ? CACHE_TAGS.awards : CACHE_TAGS.kpis);
    }
    return { tags: [...tags], message: `${items.length}건을 승인해 게시했습니다.` };
  });
}

/** Returns submissions to their department with a reason the officer will see. */
export function returnSubmissions(
  viewer: StaffViewer,
  items: { id: number; version: number }[],
  reason: string,
  ctx: ActionContext,
): ActionOutcome {
  if (!isPlanner(viewer)) throw new ForbiddenError("반려는 검토 부서만 할 수 있습니다.");
  return db.transaction((tx) => {
    for (const item of items) {
      const s = loadOpen(tx, item.id, item.version);
      tx.update(submissions)
        .set({
          status: "returned",
          reviewedBy: viewer.userId,
          reviewedAt: new Date(),
          reviewNote: reason,
          version: s.version + 1,
          updatedAt: new Date(),
        })
        .where(eq(submissions.id, s.id))
        .run();
      recordAudit(tx, {
        actor: viewer,
        action: "submission.return",
        entityType: "submission",
        entityId: s.id,
        departmentId: s.departmentId,
        note: reason,
        ip: ctx.ip,
      });
    }
    return { tags: [], message: `${items.length}건을 반려했습니다.` };
  });
}

/**
 * Corrects and resubmits a proposal for a new record (one with no published row to edit). Proposals
 * for existing records are corrected through the record's own form.
 */
export function resubmitNewAward(
  viewer: StaffViewer,
  input: { submissionId: number; submissionVersion: number; content: AwardContent },
  ctx: ActionContext,
): ActionOutcome {
  return db.transaction((tx) => {
    const s = tx.select().from(submissions).where(eq(submissions.id, input.submissionId)).get();
    if (!s || s.entityType !== "award" || s.action !== "create")
      throw new NotFoundError("제출 내용을 찾을 수 없습니다.");
    if (viewer.kind !== "staff" || (!isPlanner(viewer) && s.departmentId !== viewer.departmentId))
      throw new ForbiddenError();
    if (!canEditDepartmentRecord(viewer, input.content.departmentIds))
      throw new ForbiddenError("자기 부서가 담당부서에 포함되어야 합니다.");
    if (s.status !== "pending" && s.status !== "returned")
      throw new ConflictError({ status: s.status }, "이미 처리된 제출 내용입니다.");
    if (s.version !== input.submissionVersion) throw new ConflictError(JSON.parse(s.payload));
    assertAwardYearEditable(tx, input.content.year);
    assertRegistered(tx, input.content);
    tx.update(submissions)
      .set({
        payload: JSON.stringify(input.content),
        year: input.content.year,
        status: "pending",
        submittedBy: viewer.userId,
        version: s.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(submissions.id, s.id), eq(submissions.version, s.version)))
      .run();
    recordAudit(tx, {
      actor: viewer,
      action: "submission.update",
      entityType: "submission",
      entityId: s.id,
      departmentId: s.departmentId,
      before: JSON.parse(s.payload),
      after: input.content,
      ip: ctx.ip,
    });
    return { tags: [], message: "다시 제출했습니다.", redirectTo: "/workspace/submissions?notice=submitted" };
  });
}
