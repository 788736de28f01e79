import "server-only";
import { and, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { db, type Executor, transaction } from "@/db";
import { departments, submissions, users, type Submission, type SubmissionStatus } from "@/db/schema";
import { authorize, can } from "@/lib/auth/can";
import type { AuditAction } from "@/lib/audit/actions";
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
import { applyAwardWithAgency } from "./agency-proposals";
import { adoptProposalEvidence } from "./evidence";
import { fourEyes } from "./four-eyes";
import { applyKpiDefinition, kpiDefinitionSnapshot } from "./kpi-definition-records";
import { applyKpiValue, kpiValueSnapshot } from "./kpi-records";
import { closeReview, loadPending, proposalOf, reviseProposal, type Proposal } from "./proposals";
import type { WriteContext, Written } from "./write-context";

/** A review's result: how many proposals it approved (publishing them) or returned. */
export type ReviewWrite = Written & { kind: "approved" | "returned"; count: number };

export type SubmissionView = Submission & {
  department: string;
  submitter: string;
  /** The proposal (award content or KPI value). For a delete, the record as it was. */
  content: Record<string, unknown>;
  proposal: Proposal;
  /** The published record it changes, null for a new one. */
  published: Record<string, unknown> | null;
};

function visibleTo(viewer: Viewer): SQL | undefined {
  authorize(viewer, "workspace.use");
  if (can(viewer, "records.all")) return undefined;
  if (viewer.departmentId === null) throw new ForbiddenError();
  return eq(submissions.departmentId, viewer.departmentId);
}

async function published(tx: Executor, s: Submission): Promise<Record<string, unknown> | null> {
  // A narrative point's proposal is shown in the edition's editor, beside the published text.
  if (s.entityId === null || s.entityType === "policy_point") return null;
  if (s.entityType === "kpi") return await kpiDefinitionSnapshot(tx, s.entityId);
  return s.entityType === "award" ? await awardSnapshot(tx, s.entityId) : await kpiValueSnapshot(tx, s.entityId);
}

/** Submissions the viewer may see: officers their department's, planners everyone's. */
export async function listSubmissions(
  viewer: Viewer,
  filter: { statuses?: SubmissionStatus[] } = {},
): Promise<SubmissionView[]> {
  const conditions = [visibleTo(viewer)];
  if (filter.statuses?.length) conditions.push(inArray(submissions.status, filter.statuses));
  const rows = await db
    .select({ s: submissions, department: departments.name, submitter: users.displayName })
    .from(submissions)
    .innerJoin(departments, eq(departments.id, submissions.departmentId))
    .innerJoin(users, eq(users.id, submissions.submittedBy))
    .where(and(...conditions))
    .orderBy(desc(submissions.updatedAt), desc(submissions.id))
    .limit(500);
  return await Promise.all(
    rows.map(async ({ s, department, submitter }) => ({
      ...s,
      department,
      submitter,
      content: { ...s.payload },
      proposal: proposalOf(s),
      published: await published(db, s),
    })),
  );
}

export async function getSubmission(viewer: Viewer, id: number): Promise<SubmissionView> {
  const [row] = await db
    .select({ s: submissions, department: departments.name, submitter: users.displayName })
    .from(submissions)
    .innerJoin(departments, eq(departments.id, submissions.departmentId))
    .innerJoin(users, eq(users.id, submissions.submittedBy))
    .where(and(eq(submissions.id, id), visibleTo(viewer)))
    .limit(1);
  if (!row) throw new NotFoundError("제출 내용을 찾을 수 없습니다.");
  return {
    ...row.s,
    department: row.department,
    submitter: row.submitter,
    content: { ...row.s.payload },
    proposal: proposalOf(row.s),
    published: await published(db, row.s),
  };
}

/** What waits for this viewer: new submissions for planners, returned ones for officers. */
export async function countWaiting(viewer: Viewer): Promise<number> {
  if (viewer.kind !== "staff") return 0;
  const status: SubmissionStatus = can(viewer, "review.read") ? "pending" : "returned";
  const [{ n }] = await db
    .select({ n: count() })
    .from(submissions)
    .where(and(eq(submissions.status, status), visibleTo(viewer)));
  return n;
}

async function loadOpen(tx: Executor, id: number, version: number): Promise<Submission> {
  const s = await loadPending(tx, id, version);
  if (!s) throw new NotFoundError("제출 내용을 찾을 수 없습니다.");
  return s;
}

const STALE = "제출 이후 게시된 내용이 바뀌었습니다. 반려하여 담당자가 최신 내용으로 다시 제출하게 해 주세요.";

/** Applies an approved proposal to the published record; returns the audit action and entity. */
/**
 * Applies an approved proposal to the published record; returns the audit action and entity. The
 * write carries the version the proposal was made against (`WHERE version = baseVersion`): a record
 * changed since then matches no row, and the approval is refused as stale.
 */
async function apply(
  tx: Executor,
  viewer: StaffViewer,
  s: Submission,
  ctx: WriteContext,
): Promise<{ action: AuditAction; entityType: string; entityId: number; before: unknown; after: unknown }> {
  const proposal = proposalOf(s);
  // A narrative point is placed and worded by the planner in the edition's editor, which approves it
  // there (lib/data/edition-proposals.ts); the review queue only links to it.
  if (
    proposal.kind === "policy_point.create" ||
    proposal.kind === "policy_point.update" ||
    proposal.kind === "policy_point.delete"
  )
    throw new ConflictError({ year: s.year }, "서술 항목 제안은 판 편집 화면에서 검토합니다.");
  if (proposal.kind === "award.create_with_agency") {
    const { awardId } = await applyAwardWithAgency(tx, viewer, proposal.content, ctx, s.departmentId);
    const after = await awardSnapshot(tx, awardId);
    return { action: "award.create", entityType: "award", entityId: awardId, before: null, after };
  }
  if (proposal.kind === "kpi_value.create" || proposal.kind === "kpi_value.update")
    return await applyKpiValue(tx, viewer, s, proposal.content);
  if (proposal.kind === "kpi.create" || proposal.kind === "kpi.update")
    return await applyKpiDefinition(tx, viewer, s, proposal);
  if (proposal.kind === "award.create") {
    const award = proposal.content;
    await assertAwardYearEditable(tx, award.year);
    await assertRegistered(tx, award);
    const id = await insertAward(tx, award, viewer.userId);
    const after = await awardSnapshot(tx, id);
    return { action: "award.create", entityType: "award", entityId: id, before: null, after };
  }
  const current: AwardSnapshot | null = await awardSnapshot(tx, proposal.awardId);
  if (!current || current.deleted) throw new NotFoundError("제안 대상 수상 실적이 이미 삭제되었습니다.");
  await assertAwardYearEditable(tx, current.year);
  const baseVersion = s.baseVersion;
  if (baseVersion === null) throw new ConflictError(current, STALE);
  if (proposal.kind === "award.delete") {
    if (!(await trashAward(tx, current.id, baseVersion, viewer.userId))) throw new ConflictError(current, STALE);
    return { action: "award.delete", entityType: "award", entityId: current.id, before: current, after: null };
  }
  const award = proposal.content;
  await assertAwardYearEditable(tx, award.year);
  await assertRegistered(tx, award, current.id);
  if (!(await updateAward(tx, current.id, baseVersion, award, viewer.userId))) throw new ConflictError(current, STALE);
  return {
    action: "award.update",
    entityType: "award",
    entityId: current.id,
    before: current,
    after: await awardSnapshot(tx, current.id),
  };
}

/**
 * Approves submissions (one or a batch) in one transaction: all apply, or none does. Under the
 * four-eyes rule a batch holding one's own proposal is refused whole.
 */
export async function approveSubmissions(
  viewer: StaffViewer,
  items: { id: number; version: number }[],
  ctx: WriteContext,
): Promise<ReviewWrite> {
  authorize(viewer, "submission.approve");
  return await transaction(async (tx): Promise<ReviewWrite> => {
    const tags = new Set<ReviewWrite["tags"][number]>();
    const rule = await fourEyes(tx);
    for (const item of items) {
      const s = await loadOpen(tx, item.id, item.version);
      authorize(viewer, "submission.approve-other", { ...rule, proposedBy: s.submittedBy });
      // Closing first, guarded by the version the reviewer saw: of two approvals of the same
      // proposal, only one closes it, and only that one goes on to publish.
      await closeReview(tx, viewer, s, "approved", null, ctx);
      const change = await apply(tx, viewer, s, ctx);
      // The 공문 sent with a proposal stays with the award it became.
      if (change.entityType === "award" && change.action !== "award.delete")
        await adoptProposalEvidence(tx, s.id, change.entityId);
      await recordAudit(tx, {
        actor: viewer,
        action: "submission.approve",
        entityType: "submission",
        entityId: s.id,
        departmentId: s.departmentId,
        ip: ctx.ip,
      });
      await recordAudit(tx, {
        actor: viewer,
        ...change,
        departmentId: s.departmentId,
        note: `submission #${s.id}`,
        ip: ctx.ip,
      });
      tags.add(s.entityType === "award" ? CACHE_TAGS.awards : CACHE_TAGS.kpis);
      if (proposalOf(s).kind === "award.create_with_agency") tags.add(CACHE_TAGS.registry);
    }
    return { kind: "approved", count: items.length, tags: [...tags] };
  });
}

/** Returns submissions to their department with a reason the officer will see. */
export async function returnSubmissions(
  viewer: StaffViewer,
  items: { id: number; version: number }[],
  reason: string,
  ctx: WriteContext,
): Promise<ReviewWrite> {
  authorize(viewer, "submission.return");
  return await transaction(async (tx): Promise<ReviewWrite> => {
    for (const item of items) {
      const s = await loadOpen(tx, item.id, item.version);
      await closeReview(tx, viewer, s, "returned", reason, ctx);
      await recordAudit(tx, {
        actor: viewer,
        action: "submission.return",
        entityType: "submission",
        entityId: s.id,
        departmentId: s.departmentId,
        note: reason,
        ip: ctx.ip,
      });
    }
    return { kind: "returned", count: items.length, tags: [] };
  });
}

/**
 * Corrects and resubmits a proposal for a new record (one with no published row to edit). Proposals
 * for existing records are corrected through the record's own form.
 */
export async function resubmitNewAward(
  viewer: StaffViewer,
  input: { submissionId: number; submissionVersion: number; content: AwardContent },
  ctx: WriteContext,
): Promise<Written & { kind: "proposed"; change: "create"; proposalId: number }> {
  return await transaction(async (tx) => {
    const [s] = await tx.select().from(submissions).where(eq(submissions.id, input.submissionId)).limit(1);
    if (!s || s.entityType !== "award" || s.action !== "create")
      throw new NotFoundError("제출 내용을 찾을 수 없습니다.");
    authorize(viewer, "record.edit", { departmentIds: [s.departmentId] });
    authorize(viewer, "record.assign", { departmentIds: input.content.departmentIds });
    await assertAwardYearEditable(tx, input.content.year);
    await assertRegistered(tx, input.content);
    const { proposalId } = await reviseProposal(
      tx,
      viewer,
      s,
      {
        base: input.submissionVersion,
        proposal: { kind: "award.create", content: input.content },
        year: input.content.year,
      },
      ctx,
    );
    return { kind: "proposed" as const, change: "create" as const, proposalId, tags: [] };
  });
}
