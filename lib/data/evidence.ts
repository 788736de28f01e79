import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { inIdList } from "@/db/sql";
import { db, type Executor, transaction } from "@/db";
import { awardDepartments, awards, evidenceFiles, submissions } from "@/db/schema";
import { authorize, can } from "@/lib/auth/can";
import type { StaffViewer, Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { FieldError, NotFoundError } from "@/lib/errors";
import { type FileStorage, uploadStorage } from "@/lib/storage";
import {
  EVIDENCE_TYPE_MISMATCH,
  type EvidenceKind,
  evidenceFileProblem,
  sniffEvidence,
} from "@/lib/validations/evidence";
import { proposingDepartment } from "./four-eyes";
import { recordAudit } from "./audit-writer";
import type { WriteContext, Written } from "./write-context";

export type EvidenceTarget = { awardId: number } | { submissionId: number };
export type EvidenceUpload = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };
export type EvidenceSummary = { id: number; fileName: string; contentType: string; size: number; isPublic: boolean };

/** The departments that own what the evidence is for: the award's, or the proposal's. */
async function ownersOf(target: EvidenceTarget): Promise<number[] | null> {
  if ("awardId" in target) {
    const [award] = await db
      .select({ id: awards.id })
      .from(awards)
      .where(and(eq(awards.id, target.awardId), isNull(awards.deletedAt)))
      .limit(1);
    if (!award) return null;
    const rows = await db
      .select({ id: awardDepartments.departmentId })
      .from(awardDepartments)
      .where(eq(awardDepartments.awardId, target.awardId));
    return rows.map((r) => r.id);
  }
  const [s] = await db
    .select({ departmentId: submissions.departmentId })
    .from(submissions)
    .where(eq(submissions.id, target.submissionId))
    .limit(1);
  return s ? [s.departmentId] : null;
}

/** An upload whose size, name and bytes have been checked: what attachCheckedEvidence stores. */
export type CheckedEvidence = { name: string; bytes: Uint8Array; kind: EvidenceKind };

/**
 * Refused, with the reason on `field`, unless it is a PDF, PNG or JPEG by its bytes, within the size
 * limit (checked before reading), under a plain file name. Checked before anything is saved, so a
 * form that sends a record and its evidence together never keeps the one and refuses the other.
 */
export async function checkEvidenceUpload(file: EvidenceUpload, field = "file"): Promise<CheckedEvidence> {
  const problem = evidenceFileProblem(file);
  if (problem) throw new FieldError({ [field]: [problem] }, problem);
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The declared size is the client's word; the bytes are the truth.
  if (bytes.length !== file.size || bytes.length === 0) throw new FieldError({ [field]: [EVIDENCE_TYPE_MISMATCH] });
  const kind = sniffEvidence(bytes.subarray(0, 8));
  if (!kind) throw new FieldError({ [field]: [EVIDENCE_TYPE_MISMATCH] }, EVIDENCE_TYPE_MISMATCH);
  return { name: file.name.normalize("NFC"), bytes, kind };
}

/**
 * Attaches a 공문 or 상장 scan to an award or a proposal of the viewer's department (planners: any),
 * once checked (checkEvidenceUpload). Stored under a generated key.
 */
export async function attachEvidence(
  viewer: StaffViewer,
  target: EvidenceTarget,
  file: EvidenceUpload,
  ctx: WriteContext,
  storage: FileStorage = uploadStorage(),
): Promise<Written & { kind: "attached"; id: number }> {
  // Who may attach is settled before the file is read: a refusal says so, not what was wrong with the file.
  await attachableOwners(viewer, target);
  return await attachCheckedEvidence(viewer, target, await checkEvidenceUpload(file), ctx, storage);
}

/** The departments owning what the evidence is for, once the viewer may attach to it. */
async function attachableOwners(viewer: StaffViewer, target: EvidenceTarget): Promise<number[]> {
  const owners = await ownersOf(target);
  if (!owners) throw new NotFoundError("증빙을 붙일 수상 실적이나 제출을 찾을 수 없습니다.");
  authorize(viewer, "evidence.attach", { departmentIds: owners });
  return owners;
}

export async function attachCheckedEvidence(
  viewer: StaffViewer,
  target: EvidenceTarget,
  file: CheckedEvidence,
  ctx: WriteContext,
  storage: FileStorage = uploadStorage(),
): Promise<Written & { kind: "attached"; id: number }> {
  const owners = await attachableOwners(viewer, target);
  const { bytes, kind } = file;
  const key = await storage.put(bytes, kind.extension);
  try {
    const departmentId = proposingDepartment(viewer, owners);
    const id = await transaction(async (tx) => {
      const [row] = await tx
        .insert(evidenceFiles)
        .values({
          awardId: "awardId" in target ? target.awardId : null,
          submissionId: "submissionId" in target ? target.submissionId : null,
          storageKey: key,
          contentType: kind.type,
          size: bytes.length,
          fileName: file.name,
          departmentId,
          uploadedBy: viewer.userId,
        })
        .returning({ id: evidenceFiles.id });
      await recordAudit(tx, {
        actor: viewer,
        action: "evidence.attach",
        entityType: "evidence",
        entityId: row.id,
        departmentId,
        after: { ...target, fileName: file.name, contentType: kind.type, size: bytes.length },
        ip: ctx.ip,
      });
      return row.id;
    });
    return { kind: "attached", id, tags: [CACHE_TAGS.awards] };
  } catch (error) {
    // No row points at the file: it would only take space.
    await storage.remove(key);
    throw error;
  }
}

/**
 * An approved proposal's evidence goes with the award it created or changed, so the award keeps
 * its 공문 after review. On the approval's transaction.
 */
export async function adoptProposalEvidence(tx: Executor, submissionId: number, awardId: number): Promise<void> {
  await tx
    .update(evidenceFiles)
    .set({ awardId })
    .where(and(eq(evidenceFiles.submissionId, submissionId), isNull(evidenceFiles.awardId)));
}

type EvidenceRow = typeof evidenceFiles.$inferSelect;

async function evidenceRow(id: number): Promise<EvidenceRow | undefined> {
  const [row] = await db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id)).limit(1);
  return row;
}

/** Whether this viewer may open the file: the public only a public one, staff their department's, planners any. */
async function mayRead(viewer: Viewer, row: EvidenceRow): Promise<boolean> {
  if (row.isPublic) return true;
  if (viewer.kind !== "staff") return false;
  const target: EvidenceTarget = row.awardId !== null ? { awardId: row.awardId } : { submissionId: row.submissionId! };
  const owners = (await ownersOf(target)) ?? [row.departmentId];
  return can(viewer, "evidence.read", { departmentIds: owners });
}

/**
 * The file's bytes for a viewer allowed to open it; NotFoundError otherwise, so a refusal does not
 * tell an outsider which ids exist.
 */
export async function readEvidence(
  viewer: Viewer,
  id: number,
  storage: FileStorage = uploadStorage(),
): Promise<{ bytes: Uint8Array; contentType: string; fileName: string }> {
  const row = await evidenceRow(id);
  if (!row || !(await mayRead(viewer, row))) throw new NotFoundError("증빙 파일을 찾을 수 없습니다.");
  const bytes = await storage.get(row.storageKey);
  if (!bytes) throw new NotFoundError("증빙 파일을 찾을 수 없습니다.");
  return { bytes, contentType: row.contentType, fileName: row.fileName };
}

/** An award's evidence as its viewer may know it: everyone sees that it exists; `readable` says who may open it. */
export async function listAwardEvidence(
  viewer: Viewer,
  awardId: number,
): Promise<(EvidenceSummary & { readable: boolean })[]> {
  const rows = await db
    .select()
    .from(evidenceFiles)
    .where(eq(evidenceFiles.awardId, awardId))
    .orderBy(asc(evidenceFiles.id));
  return await withReadable(viewer, rows);
}

/** Evidence attached to a proposal (sent with it, or after a 증빙 첨부 요청), for its reviewer and its department. */
export async function listProposalEvidence(
  viewer: Viewer,
  submissionId: number,
): Promise<(EvidenceSummary & { readable: boolean })[]> {
  const rows = await db
    .select()
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.submissionId, submissionId), isNull(evidenceFiles.awardId)))
    .orderBy(asc(evidenceFiles.id));
  return (await withReadable(viewer, rows)).filter((e) => e.readable);
}

/** Rows as their viewer may know them: what the file is, and whether this viewer may open it. */
async function withReadable(viewer: Viewer, rows: EvidenceRow[]): Promise<(EvidenceSummary & { readable: boolean })[]> {
  const out = [];
  for (const r of rows)
    out.push({
      id: r.id,
      fileName: r.fileName,
      contentType: r.contentType,
      size: r.size,
      isPublic: r.isPublic,
      readable: await mayRead(viewer, r),
    });
  return out;
}

/**
 * What the public may know of awards' evidence: that some exists, and the files a planner made
 * public (their ids and names). Names of the others are kept back: a file name can say more than
 * the public record does. A public read (no viewer), for the award list.
 */
export type PublicEvidence = { count: number; open: { id: number; fileName: string }[] };

export async function publicEvidenceOf(awardIds: readonly number[]): Promise<Map<number, PublicEvidence>> {
  const result = new Map<number, PublicEvidence>();
  if (awardIds.length === 0) return result;
  const rows = await db
    .select({
      id: evidenceFiles.id,
      awardId: evidenceFiles.awardId,
      fileName: evidenceFiles.fileName,
      isPublic: evidenceFiles.isPublic,
    })
    .from(evidenceFiles)
    .where(inIdList(evidenceFiles.awardId, awardIds))
    .orderBy(asc(evidenceFiles.id));
  for (const r of rows) {
    if (r.awardId === null) continue;
    const entry = result.get(r.awardId) ?? { count: 0, open: [] };
    entry.count++;
    if (r.isPublic) entry.open.push({ id: r.id, fileName: r.fileName });
    result.set(r.awardId, entry);
  }
  return result;
}

/** A planner lets the public open an evidence file, or takes that back. */
export async function setEvidencePublic(
  viewer: StaffViewer,
  input: { id: number; isPublic: boolean },
  ctx: WriteContext,
): Promise<Written & { kind: "updated" }> {
  authorize(viewer, "evidence.publish");
  return transaction(async (tx) => {
    const [row] = await tx
      .update(evidenceFiles)
      .set({ isPublic: input.isPublic })
      .where(eq(evidenceFiles.id, input.id))
      .returning({ id: evidenceFiles.id, departmentId: evidenceFiles.departmentId });
    if (!row) throw new NotFoundError("증빙 파일을 찾을 수 없습니다.");
    await recordAudit(tx, {
      actor: viewer,
      action: "evidence.publish",
      entityType: "evidence",
      entityId: row.id,
      departmentId: row.departmentId,
      after: { isPublic: input.isPublic },
      ip: ctx.ip,
    });
    return { kind: "updated", tags: [CACHE_TAGS.awards] };
  });
}
