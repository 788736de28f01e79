import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { db, transaction } from "@/db";
import { departments, policyPoints, submissions, users, type SubmissionStatus } from "@/db/schema";
import { authorize, can } from "@/lib/auth/can";
import type { Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit-writer";
import { assertAreaInEdition, assertEditionEditable, assertParent, insertPoint } from "./edition-records";
import { fourEyes } from "./four-eyes";
import { pointSnapshot, removePoint, rewordPoint } from "./editions";
import type { PolicyPointContent } from "./proposal-payload";
import { closeReview, loadPending, proposalOf, propose } from "./proposals";
import type { WriteContext, Written } from "./write-context";

/**
 * Officers' narrative points, through the one proposal module: proposed here, listed in /review
 * and decided in the edition's editor, where the planner sees where the point would go.
 */

export type PointProposal = {
  id: number;
  version: number;
  status: SubmissionStatus;
  /** A new point, or (a planner's under the four-eyes rule) a published point reworded or deleted. */
  change: "create" | "update" | "delete";
  content: PolicyPointContent & { pointId?: number };
  submittedBy: number;
  department: string;
  submitter: string;
  reviewNote: string | null;
  updatedAt: Date;
};

/** An edition's point proposals: planners see every department's, officers their own. */
export async function listPointProposals(
  viewer: Viewer,
  year: number,
  statuses: SubmissionStatus[] = ["pending", "returned"],
): Promise<PointProposal[]> {
  authorize(viewer, "workspace.use");
  const conditions = [
    eq(submissions.entityType, "policy_point"),
    eq(submissions.year, year),
    inArray(submissions.status, statuses),
  ];
  if (!can(viewer, "records.all")) {
    if (viewer.departmentId === null) throw new ForbiddenError();
    conditions.push(eq(submissions.departmentId, viewer.departmentId));
  }
  const rows = await db
    .select({ s: submissions, department: departments.name, submitter: users.displayName })
    .from(submissions)
    .innerJoin(departments, eq(departments.id, submissions.departmentId))
    .innerJoin(users, eq(users.id, submissions.submittedBy))
    .where(and(...conditions))
    .orderBy(desc(submissions.updatedAt), desc(submissions.id));
  return rows.map(({ s, department, submitter }) => ({
    id: s.id,
    version: s.version,
    status: s.status,
    change: s.action,
    content: s.payload as PolicyPointContent,
    submittedBy: s.submittedBy,
    department,
    submitter,
    reviewNote: s.reviewNote,
    updatedAt: s.updatedAt,
  }));
}

/** An officer proposes a point for an edition (a draft or a published one) in their department's name. */
export async function proposeEditionPoint(
  viewer: Viewer,
  content: PolicyPointContent,
  ctx: WriteContext,
): Promise<Written & { kind: "proposed"; proposalId: number }> {
  authorize(viewer, "edition.propose");
  const departmentId = viewer.departmentId;
  if (departmentId === null) throw new ForbiddenError("소속 부서가 있어야 서술 항목을 제안할 수 있습니다.");
  return transaction(async (tx) => {
    await assertEditionEditable(tx, content.year);
    await assertAreaInEdition(tx, content.year, content.areaId);
    await assertParent(tx, content.year, content.areaId, content.parentId);
    const { proposalId } = await propose(
      tx,
      viewer,
      {
        proposal: { kind: "policy_point.create", content },
        base: null,
        baseVersion: null,
        year: content.year,
        departmentId,
      },
      ctx,
    );
    return { kind: "proposed", proposalId, tags: [] };
  });
}

async function pendingPointProposal(tx: typeof db, id: number, version: number) {
  const s = await loadPending(tx, id, version);
  if (s?.entityType !== "policy_point") throw new NotFoundError("제출 내용을 찾을 수 없습니다.");
  return s;
}

/**
 * Approves a proposed point: it is added where the officer placed it, in the wording the planner
 * confirms (the planner may correct it first), and goes live if the edition is published. A
 * proposed rewording or deletion of a published point (a planner's, under the four-eyes rule)
 * applies to the point as it was when proposed; if it changed since, the approval is refused.
 */
export async function approvePointProposal(
  viewer: Viewer,
  input: { id: number; version: number; text?: string },
  ctx: WriteContext,
): Promise<Written & { kind: "approved"; pointId: number }> {
  authorize(viewer, "submission.approve");
  return transaction(async (tx) => {
    const s = await pendingPointProposal(tx, input.id, input.version);
    authorize(viewer, "submission.approve-other", { ...(await fourEyes(tx)), proposedBy: s.submittedBy });
    const proposal = proposalOf(s);
    const content = proposal.content as PolicyPointContent;
    await assertEditionEditable(tx, content.year);
    await closeReview(tx, viewer, s, "approved", null, ctx);
    await recordAudit(tx, {
      actor: viewer,
      action: "submission.approve",
      entityType: "submission",
      entityId: s.id,
      departmentId: s.departmentId,
      ip: ctx.ip,
    });
    const note = `submission #${s.id}`;
    if (proposal.kind === "policy_point.update" || proposal.kind === "policy_point.delete") {
      const [point] = await tx.select().from(policyPoints).where(eq(policyPoints.id, proposal.pointId)).limit(1);
      if (!point) throw new NotFoundError("제안 대상 서술 항목이 이미 삭제되었습니다.");
      if (point.version !== s.baseVersion)
        throw new ConflictError({ text: point.text, version: point.version }, STALE_POINT);
      if (proposal.kind === "policy_point.update")
        await rewordPoint(tx, viewer, point, input.text ?? proposal.content.text, ctx, note);
      else await removePoint(tx, viewer, point, ctx, note);
      return { kind: "approved", pointId: point.id, tags: [CACHE_TAGS.narrative] };
    }
    await assertAreaInEdition(tx, content.year, content.areaId);
    await assertParent(tx, content.year, content.areaId, content.parentId);
    const point = await insertPoint(tx, { ...content, text: input.text ?? content.text });
    await recordAudit(tx, {
      actor: viewer,
      action: "edition.point_create",
      entityType: "policy_point",
      entityId: point.id,
      departmentId: s.departmentId,
      after: pointSnapshot(point),
      note,
      ip: ctx.ip,
    });
    return { kind: "approved", pointId: point.id, tags: [CACHE_TAGS.narrative] };
  });
}

const STALE_POINT = "제출 이후 이 서술 항목이 바뀌었습니다. 반려한 뒤 지금 문구를 보고 다시 제출하게 해 주세요.";
