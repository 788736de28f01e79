import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { afterCommit, type Executor } from "@/db";
import { submissions, type Submission, type SubmissionStatus } from "@/db/schema";
import type { StaffViewer } from "@/lib/auth/viewer";
import { ConflictError } from "@/lib/errors";
import { announce, type NoticeEvent } from "@/lib/mail/outbox";
import { recordAudit } from "./audit-writer";
import type { AwardContent } from "./award-records";
import type { KpiDefinitionContent, KpiTargetContent } from "./kpi-definition-records";
import type { KpiValueContent } from "./kpi-records";
import type {
  AwardWithAgencyContent,
  DeletedAward,
  PolicyPointContent,
  PolicyPointEdit,
  Proposal,
} from "./proposal-payload";
import { proposingDepartment } from "./four-eyes";
import type { WriteContext } from "./write-context";

/**
 * The one home of proposals: every kind is written, versioned and read here. An officer's change
 * becomes the one open proposal (pending or returned) for its target; saving again updates it, but
 * only if it is still the proposal the form was opened with. Both guards are SQL (a versioned
 * WHERE, and a unique index on the target of open proposals), so they hold under any isolation
 * level and across processes.
 */

export type { Proposal, ProposalKind } from "./proposal-payload";

const OPEN: SubmissionStatus[] = ["pending", "returned"];

/**
 * The open proposal a form was based on: its version, or null when the form saw none. A save
 * whose base is no longer the open proposal is refused, so nothing proposed meanwhile is lost.
 */
export type ProposalBase = number | null;

/** A stored row read as its kind. The payload's shape follows from (entity_type, action). */
export function proposalOf(s: Pick<Submission, "entityType" | "entityId" | "action" | "payload">): Proposal {
  if (s.entityType === "policy_point") {
    if (s.action === "create") return { kind: "policy_point.create", content: s.payload as PolicyPointContent };
    const content = s.payload as PolicyPointEdit;
    return s.action === "delete"
      ? { kind: "policy_point.delete", pointId: content.pointId, content }
      : { kind: "policy_point.update", pointId: content.pointId, content };
  }
  if (s.entityType === "kpi")
    return s.entityId === null
      ? { kind: "kpi.create", content: s.payload as KpiDefinitionContent }
      : { kind: "kpi.update", kpiId: s.entityId, content: s.payload as KpiTargetContent };
  if (s.entityType === "kpi_value") {
    const content = s.payload as KpiValueContent;
    return s.entityId === null
      ? { kind: "kpi_value.create", content }
      : { kind: "kpi_value.update", kpiValueId: s.entityId, content };
  }
  if (s.action === "create") {
    return "newAgency" in s.payload && s.payload.newAgency
      ? { kind: "award.create_with_agency", content: s.payload as AwardWithAgencyContent }
      : { kind: "award.create", content: s.payload as AwardContent };
  }
  if (s.action === "delete") return { kind: "award.delete", awardId: s.entityId!, content: s.payload as DeletedAward };
  return { kind: "award.update", awardId: s.entityId!, content: s.payload as AwardContent };
}

/** What a proposal is about, named even before the record exists. */
export type ProposalTarget =
  | { awardId: number }
  | { kpiValueId: number }
  | { kpiId: number; period: string }
  | { kpiDefinitionId: number }
  | { pointId: number }
  | { newKpi: { departmentId: number; name: string } };

function targetKey(t: ProposalTarget): string {
  if ("kpiDefinitionId" in t) return `kpi_definition:${t.kpiDefinitionId}`;
  if ("pointId" in t) return `policy_point:${t.pointId}`;
  // One open proposal per department and name, so the same new KPI is not proposed twice.
  if ("newKpi" in t) return `kpi_new:${t.newKpi.departmentId}:${t.newKpi.name}`;
  if ("awardId" in t) return `award:${t.awardId}`;
  if ("kpiValueId" in t) return `kpi_value:${t.kpiValueId}`;
  return `kpi:${t.kpiId}:${t.period}`;
}

function columnsOf(p: Proposal): Pick<Submission, "entityType" | "entityId" | "action" | "target"> {
  switch (p.kind) {
    case "award.create":
    case "award.create_with_agency":
      return { entityType: "award", entityId: null, action: "create", target: null };
    case "award.update":
    case "award.delete":
      return {
        entityType: "award",
        entityId: p.awardId,
        action: p.kind === "award.update" ? "update" : "delete",
        target: targetKey(p),
      };
    case "kpi_value.create":
      return {
        entityType: "kpi_value",
        entityId: null,
        action: "create",
        target: targetKey({ kpiId: p.content.kpiId, period: p.content.period }),
      };
    case "kpi_value.update":
      return { entityType: "kpi_value", entityId: p.kpiValueId, action: "update", target: targetKey(p) };
    // Like a new award, each proposed point is its own proposal.
    case "policy_point.create":
      return { entityType: "policy_point", entityId: null, action: "create", target: null };
    case "policy_point.update":
    case "policy_point.delete":
      return {
        entityType: "policy_point",
        entityId: p.pointId,
        action: p.kind === "policy_point.update" ? "update" : "delete",
        target: targetKey({ pointId: p.pointId }),
      };
    case "kpi.create":
      return {
        entityType: "kpi",
        entityId: null,
        action: "create",
        target: targetKey({ newKpi: { departmentId: p.content.departmentId, name: p.content.name } }),
      };
    case "kpi.update":
      return {
        entityType: "kpi",
        entityId: p.kpiId,
        action: "update",
        target: targetKey({ kpiDefinitionId: p.kpiId }),
      };
  }
}

/** The open proposal on a target, if any. */
export async function openProposalOn(tx: Executor, target: ProposalTarget): Promise<Submission | undefined> {
  const [row] = await tx
    .select()
    .from(submissions)
    .where(and(eq(submissions.target, targetKey(target)), inArray(submissions.status, OPEN)))
    .limit(1);
  return row;
}

/** The open proposal on the same target as `p`, if any (a new award has no target: never one). */
async function openProposalFor(tx: Executor, p: Proposal): Promise<Submission | undefined> {
  const { target } = columnsOf(p);
  if (target === null) return undefined;
  const [row] = await tx
    .select()
    .from(submissions)
    .where(and(eq(submissions.target, target), inArray(submissions.status, OPEN)))
    .limit(1);
  return row;
}

/** Planners hear of a proposal once it commits, and its proposer of a return (lib/mail, if configured). */
function noticeOnCommit(viewer: StaffViewer, event: NoticeEvent, ctx: WriteContext): void {
  afterCommit(() => announce(viewer, event, ctx.origin));
}

/** What a refused save shows: the proposal as it stands now, and the version to base a new save on. */
export function currentProposal(s: Submission): Record<string, unknown> {
  return { ...(s.payload as object), status: s.status, proposalVersion: s.version };
}

const CHANGED_MEANWHILE =
  "다른 사용자가 그사이 이 항목의 제출 내용을 저장했습니다. 아래의 현재 제출 내용을 확인한 뒤 다시 저장해 주세요.";
const CLOSED_MEANWHILE = "고치려던 제출 내용이 그사이 처리되었습니다. 목록을 새로 고친 뒤 다시 저장해 주세요.";

export type ProposeInput = {
  proposal: Proposal;
  /** The version of the open proposal the user saw, or null for "none was open". */
  base: ProposalBase;
  /** The published record's version the proposal is made against (null for a new record). */
  baseVersion: number | null;
  year: number;
  departmentId: number;
  /** The published record as it is, for the audit row. */
  before?: unknown;
  note?: string;
};

export type Proposed = { proposalId: number; created: boolean };

/**
 * Creates the open proposal for its target, or updates it. Refuses (ConflictError carrying the
 * current proposal) when the open proposal is not the one the user based the save on.
 */
export async function propose(
  tx: Executor,
  viewer: StaffViewer,
  input: ProposeInput,
  ctx: WriteContext,
): Promise<Proposed> {
  const columns = columnsOf(input.proposal);
  const payload = input.proposal.content;
  const note = input.note ?? `${columns.entityType}.${columns.action}`;
  const open = await openProposalFor(tx, input.proposal);
  if (open) {
    if (input.base !== open.version) throw new ConflictError(currentProposal(open), CHANGED_MEANWHILE);
    const updated = await tx
      .update(submissions)
      .set({
        ...columns,
        payload,
        status: "pending",
        year: input.year,
        baseVersion: input.baseVersion,
        submittedBy: viewer.userId,
        version: open.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(submissions.id, open.id), eq(submissions.version, open.version)))
      .returning({ id: submissions.id });
    if (updated.length !== 1) throw new ConflictError(currentProposal(open), CHANGED_MEANWHILE);
    await recordAudit(tx, {
      actor: viewer,
      action: "submission.update",
      entityType: "submission",
      entityId: open.id,
      departmentId: input.departmentId,
      before: open.payload,
      after: payload,
      note,
      ip: ctx.ip,
    });
    // Saving a still-pending proposal again is no news to the reviewers; resubmitting a returned one is.
    if (open.status === "returned") noticeOnCommit(viewer, { kind: "submitted", proposalId: open.id }, ctx);
    return { proposalId: open.id, created: false };
  }
  if (input.base !== null) throw new ConflictError({ proposalVersion: null }, CLOSED_MEANWHILE);
  // A proposal inserted by another writer since the read above meets the unique index: no row.
  const [created] = await tx
    .insert(submissions)
    .values({
      ...columns,
      payload,
      baseVersion: input.baseVersion,
      year: input.year,
      departmentId: input.departmentId,
      submittedBy: viewer.userId,
    })
    .onConflictDoNothing()
    .returning({ id: submissions.id });
  if (!created) {
    const now = await openProposalFor(tx, input.proposal);
    throw new ConflictError(now ? currentProposal(now) : { proposalVersion: null }, CHANGED_MEANWHILE);
  }
  await recordAudit(tx, {
    actor: viewer,
    action: "submission.create",
    entityType: "submission",
    entityId: created.id,
    departmentId: input.departmentId,
    before: input.before,
    after: payload,
    note,
    ip: ctx.ip,
  });
  noticeOnCommit(viewer, { kind: "submitted", proposalId: created.id }, ctx);
  return { proposalId: created.id, created: true };
}

/**
 * Corrects a proposal by its id (a new award's, which has no target to find it by), if it is
 * still open and at the version the form was opened with.
 */
export async function reviseProposal(
  tx: Executor,
  viewer: StaffViewer,
  s: Submission,
  input: { base: number; proposal: Proposal; year: number },
  ctx: WriteContext,
): Promise<Proposed> {
  if (!OPEN.includes(s.status)) throw new ConflictError({ status: s.status }, "이미 처리된 제출 내용입니다.");
  if (s.version !== input.base) throw new ConflictError(currentProposal(s), CHANGED_MEANWHILE);
  const updated = await tx
    .update(submissions)
    .set({
      payload: input.proposal.content,
      year: input.year,
      status: "pending",
      submittedBy: viewer.userId,
      version: s.version + 1,
      updatedAt: new Date(),
    })
    .where(and(eq(submissions.id, s.id), eq(submissions.version, s.version), inArray(submissions.status, OPEN)))
    .returning({ id: submissions.id });
  if (updated.length !== 1) throw new ConflictError(currentProposal(s), CHANGED_MEANWHILE);
  await recordAudit(tx, {
    actor: viewer,
    action: "submission.update",
    entityType: "submission",
    entityId: s.id,
    departmentId: s.departmentId,
    before: s.payload,
    after: input.proposal.content,
    ip: ctx.ip,
  });
  if (s.status === "returned") noticeOnCommit(viewer, { kind: "submitted", proposalId: s.id }, ctx);
  return { proposalId: s.id, created: false };
}

/**
 * The import's officer path: one row of a file becomes a proposal to create an award, or to update
 * the award the row names. A row never replaces a proposal someone has open on that award.
 */
export async function proposeAwardFromImport(
  tx: Executor,
  viewer: StaffViewer,
  row: { content: AwardContent; award?: { id: number; version: number; departmentIds?: number[] }; note: string },
  ctx: WriteContext,
): Promise<Proposed> {
  return await propose(
    tx,
    viewer,
    {
      proposal: row.award
        ? { kind: "award.update", awardId: row.award.id, content: row.content }
        : { kind: "award.create", content: row.content },
      base: null,
      baseVersion: row.award?.version ?? null,
      year: row.content.year,
      departmentId: proposingDepartment(viewer, row.award?.departmentIds ?? row.content.departmentIds),
      note: row.note,
    },
    ctx,
  );
}

/** A pending proposal at the version the reviewer saw, or a conflict saying it moved on. */
export async function loadPending(tx: Executor, id: number, version: number): Promise<Submission | undefined> {
  const [s] = await tx.select().from(submissions).where(eq(submissions.id, id)).limit(1);
  if (!s) return undefined;
  if (s.version !== version || s.status !== "pending") {
    throw new ConflictError(
      { status: s.status, version: s.version },
      "이 제출 내용은 그사이 바뀌었거나 이미 처리되었습니다. 목록을 새로 고쳐 주세요.",
    );
  }
  return s;
}

/** Closes a reviewed proposal (approved or returned), guarded by its version. */
export async function closeReview(
  tx: Executor,
  viewer: StaffViewer,
  s: Submission,
  status: "approved" | "returned",
  note: string | null,
  ctx: WriteContext,
): Promise<void> {
  const now = new Date();
  const updated = await tx
    .update(submissions)
    .set({
      status,
      reviewedBy: viewer.userId,
      reviewedAt: now,
      reviewNote: note,
      version: s.version + 1,
      updatedAt: now,
    })
    .where(and(eq(submissions.id, s.id), eq(submissions.version, s.version), eq(submissions.status, "pending")))
    .returning({ id: submissions.id });
  if (updated.length !== 1) {
    throw new ConflictError({ status: s.status }, "이 제출 내용은 그사이 바뀌었습니다. 목록을 새로 고쳐 주세요.");
  }
  if (status === "returned") noticeOnCommit(viewer, { kind: "returned", proposalId: s.id }, ctx);
}
