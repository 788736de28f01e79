import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { transaction, type Executor } from "@/db";
import { departments } from "@/db/schema";
import { authorize, can } from "@/lib/auth/can";
import type { StaffViewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { ConflictError, FieldError } from "@/lib/errors";
import type { AwardInput } from "@/lib/validations/award";
import { recordAudit } from "./audit-writer";
import {
  assertAwardYearEditable,
  assertRegistered,
  awardSnapshot,
  insertAward,
  type AwardContent,
} from "./award-records";
import type { AwardWithAgencyContent, ProposedAgency } from "./proposal-payload";
import { propose } from "./proposals";
import { insertRegistryEntry, sameNamedEntry } from "./registry-entries";
import { NO_TAGS, type WriteContext, type Written } from "./write-context";
import { fourEyes, proposingDepartment } from "./four-eyes";

/**
 * A new award from a body the registry does not have. A planner (who confirms bodies) publishes
 * both at once; anyone else proposes the award carrying the body (`award.create_with_agency`), and
 * the planner's approval creates both in one transaction (applyAwardWithAgency). Chosen over an
 * award waiting on a separate body proposal: there is no moment, and no order of approvals, in
 * which a published award could point at an unconfirmed body, and returning the proposal leaves
 * nothing behind in the registry.
 */

export type AwardWithAgencyInput = Omit<AwardInput, "id" | "version" | "agencyId"> & { newAgency: ProposedAgency };

export type AwardWithAgencyWrite = Written &
  (
    | { kind: "published"; change: "create"; awardId: number; agencyId: number }
    | { kind: "proposed"; change: "create"; proposalId: number }
  );

/** The named body must really be new: a registered one (even out of use) is chosen from the list. */
async function assertNewAgency(tx: Executor, agency: ProposedAgency): Promise<void> {
  const existing = await sameNamedEntry(tx, "agency", agency.name);
  if (!existing) return;
  const message = existing.active
    ? `이미 등록된 주관기관입니다: 「${existing.name}」. 목록에서 골라 입력해 주세요.`
    : `「${existing.name}」은(는) 사용이 중지된 주관기관입니다. 관리자에게 다시 사용하도록 요청해 주세요.`;
  throw new FieldError({ newAgencyName: [message] }, message);
}

async function assertActiveDepartments(tx: Executor, ids: number[]): Promise<void> {
  const rows = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(and(sql`${departments.id} in ${ids}`, eq(departments.active, true)));
  if (rows.length !== ids.length) throw new FieldError({ departmentIds: ["등록된 담당부서를 선택해 주세요."] });
}

export async function saveAwardWithNewAgency(
  viewer: StaffViewer,
  input: AwardWithAgencyInput,
  ctx: WriteContext,
): Promise<AwardWithAgencyWrite> {
  authorize(viewer, "agency.propose");
  authorize(viewer, "record.assign", { departmentIds: input.departmentIds });
  const award: Omit<AwardContent, "agencyId"> = {
    year: input.year,
    title: input.title,
    grade: input.grade,
    incentive: input.incentive,
    departmentIds: input.departmentIds,
  };
  return transaction(async (tx) => {
    await assertAwardYearEditable(tx, award.year);
    await assertActiveDepartments(tx, award.departmentIds);
    await assertNewAgency(tx, input.newAgency);
    if (can(viewer, "agency.confirm") && can(viewer, "records.publish", await fourEyes(tx))) {
      const agencyId = await insertRegistryEntry(tx, {
        kind: "agency",
        name: input.newAgency.name,
        agencyKind: input.newAgency.kind,
      });
      await recordAudit(tx, {
        actor: viewer,
        action: "agency.create",
        entityType: "agency",
        entityId: agencyId,
        after: input.newAgency,
        ip: ctx.ip,
      });
      const awardId = await insertAward(tx, { ...award, agencyId }, viewer.userId);
      await recordAudit(tx, {
        actor: viewer,
        action: "award.create",
        entityType: "award",
        entityId: awardId,
        departmentId: award.departmentIds[0],
        after: await awardSnapshot(tx, awardId),
        ip: ctx.ip,
      });
      return {
        kind: "published",
        change: "create",
        awardId,
        agencyId,
        tags: [CACHE_TAGS.registry, CACHE_TAGS.awards],
      };
    }
    const content: AwardWithAgencyContent = { ...award, agencyId: null, newAgency: input.newAgency };
    const { proposalId } = await propose(
      tx,
      viewer,
      {
        proposal: { kind: "award.create_with_agency", content },
        base: null,
        baseVersion: null,
        year: award.year,
        departmentId: proposingDepartment(viewer, award.departmentIds),
        note: "award.create_with_agency",
      },
      ctx,
    );
    return { kind: "proposed", change: "create", proposalId, tags: NO_TAGS };
  });
}

/**
 * Approval of `award.create_with_agency`, inside the review's transaction: the body is created (or,
 * if an admin registered the same name meanwhile, that active body is used), then the award.
 */
export async function applyAwardWithAgency(
  tx: Executor,
  viewer: StaffViewer,
  content: AwardWithAgencyContent,
  ctx: WriteContext,
  departmentId: number,
): Promise<{ awardId: number; agencyId: number }> {
  authorize(viewer, "agency.confirm");
  const { newAgency, agencyId: _none, ...award } = content;
  const existing = await sameNamedEntry(tx, "agency", newAgency.name);
  if (existing && !existing.active)
    throw new ConflictError(
      existing,
      `제안된 주관기관 「${newAgency.name}」과 같은 이름의 기관이 사용 중지되어 있습니다. 반려하거나 관리자에게 문의해 주세요.`,
    );
  let agencyId = existing?.id;
  if (agencyId === undefined) {
    agencyId = await insertRegistryEntry(tx, { kind: "agency", name: newAgency.name, agencyKind: newAgency.kind });
    await recordAudit(tx, {
      actor: viewer,
      action: "agency.create",
      entityType: "agency",
      entityId: agencyId,
      departmentId,
      after: newAgency,
      ip: ctx.ip,
    });
  }
  await assertAwardYearEditable(tx, award.year);
  await assertRegistered(tx, { ...award, agencyId });
  const awardId = await insertAward(tx, { ...award, agencyId }, viewer.userId);
  return { awardId, agencyId };
}
