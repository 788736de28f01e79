import "server-only";
import { and, asc, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { refreshAwardSearch } from "@/db/award-search";
import { REGISTRY_KEY, takeTurns, yearKey } from "@/db/raw";
import { agencies, awardDepartments, awards, departments, years } from "@/db/schema";
import { FieldError } from "@/lib/errors";
import type { AwardInput } from "@/lib/validations/award";

/** An award as stored, with its departments: the shape audit rows and conflict messages show. */
export type AwardSnapshot = {
  id: number;
  year: number;
  title: string;
  grade: string | null;
  incentiveWon: number | null;
  agencyId: number;
  departmentIds: number[];
  awardedOn: string | null;
  remarks: string | null;
  version: number;
  deleted: boolean;
};

/** The proposed content of an award, as kept in a submission's payload. */
export type AwardContent = Omit<AwardInput, "id" | "version">;

export function awardContent(input: AwardInput): AwardContent {
  return {
    year: input.year,
    title: input.title,
    agencyId: input.agencyId,
    grade: input.grade,
    incentive: input.incentive,
    departmentIds: input.departmentIds,
    awardedOn: input.awardedOn ?? null,
    remarks: input.remarks ?? null,
  };
}

export async function awardSnapshot(tx: Executor, id: number): Promise<AwardSnapshot | null> {
  const [award] = await tx.select().from(awards).where(eq(awards.id, id)).limit(1);
  if (!award) return null;
  const links = await tx
    .select({ id: awardDepartments.departmentId })
    .from(awardDepartments)
    .where(eq(awardDepartments.awardId, id))
    .orderBy(asc(awardDepartments.departmentId));
  const departmentIds = links.map((r) => r.id);
  return {
    id: award.id,
    year: award.year,
    title: award.title,
    grade: award.grade,
    incentiveWon: award.incentiveWon,
    agencyId: award.agencyId,
    departmentIds,
    awardedOn: award.awardedOn,
    remarks: award.remarks,
    version: award.version,
    deleted: award.deletedAt !== null,
  };
}

export async function isYearClosed(tx: Executor, year: number): Promise<boolean> {
  // A write relying on the year being open holds it open until it commits (setYearStatus waits).
  await takeTurns(tx, yearKey(year), "shared");
  const [row] = await tx.select({ status: years.status }).from(years).where(eq(years.year, year)).limit(1);
  return row?.status === "closed";
}

export function closedYearMessage(year: number): string {
  return `${year}년은 마감되어 수정할 수 없습니다. 정정이 필요하면 검토 부서에 마감 해제를 요청해 주세요.`;
}

/** Refuses changes to a closed year, naming the field that carries the year. */
export async function assertYearOpen(tx: Executor, year: number): Promise<void> {
  if (await isYearClosed(tx, year)) throw new FieldError({ year: [closedYearMessage(year)] }, closedYearMessage(year));
}

/**
 * Why awards of this year cannot be changed, if they cannot: the year is closed, or it is kept as
 * printed totals only (2022), which per-award rows would silently replace on the public pages.
 */
export async function awardYearRefusal(tx: Executor, year: number): Promise<string | null> {
  await takeTurns(tx, yearKey(year), "shared");
  const [row] = await tx
    .select({ status: years.status, baseline: years.baselineAwardCount })
    .from(years)
    .where(eq(years.year, year))
    .limit(1);
  if (row?.status === "closed") return closedYearMessage(year);
  if (row?.baseline != null)
    return `${year}년은 발표된 총계(${row.baseline}건)로만 기록된 해라서 수상 실적을 한 건씩 입력할 수 없습니다.`;
  return null;
}

export async function assertAwardYearEditable(tx: Executor, year: number): Promise<void> {
  const refusal = await awardYearRefusal(tx, year);
  if (refusal) throw new FieldError({ year: [refusal] }, refusal);
}

/**
 * The body and departments must exist in the registries and be active; a deactivated body stays
 * allowed on the award `awardId` that already has it (an edit must not force a new body).
 */
export async function assertRegistered(tx: Executor, content: AwardContent, awardId?: number): Promise<void> {
  // Held until commit: a merge, rename or deactivation waits, so none lands between check and write.
  await takeTurns(tx, REGISTRY_KEY, "shared");
  const errors: Record<string, string[]> = {};
  const [agency] = await tx
    .select({ active: agencies.active })
    .from(agencies)
    .where(eq(agencies.id, content.agencyId))
    .limit(1);
  const [kept] =
    agency && !agency.active && awardId !== undefined
      ? await tx
          .select({ id: awards.id })
          .from(awards)
          .where(and(eq(awards.id, awardId), eq(awards.agencyId, content.agencyId)))
          .limit(1)
      : [];
  if (!agency) errors.agencyId = ["등록된 주관기관을 선택해 주세요."];
  else if (!agency.active && !kept) errors.agencyId = ["사용이 중지된 주관기관입니다. 다른 주관기관을 선택해 주세요."];
  const known = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(and(inArray(departments.id, content.departmentIds), eq(departments.active, true)));
  if (known.length !== content.departmentIds.length) errors.departmentIds = ["등록된 담당부서를 선택해 주세요."];
  if (Object.keys(errors).length) throw new FieldError(errors);
}

/**
 * Writes the award's department links to match `departmentIds`. A link that stays keeps its row, so
 * the name it was published under before a reorganisation (published_as) survives an edit.
 */
async function linkDepartments(tx: Executor, awardId: number, departmentIds: number[]): Promise<void> {
  await tx
    .delete(awardDepartments)
    .where(and(eq(awardDepartments.awardId, awardId), notInArray(awardDepartments.departmentId, departmentIds)));
  if (departmentIds.length)
    await tx
      .insert(awardDepartments)
      .values(departmentIds.map((departmentId) => ({ awardId, departmentId })))
      .onConflictDoNothing();
}

/**
 * Publishes a new award; it is listed after the year's existing ones. Its place is computed by the
 * INSERT itself (a subquery over the year's rows), not read beforehand, and writers adding to the
 * same year take turns, so no two can take the same place.
 */
export async function insertAward(tx: Executor, content: AwardContent, actorId: number): Promise<number> {
  const now = new Date();
  await takeTurns(tx, `awards.source_order:${content.year}`);
  const nextOrder = tx
    .select({ next: sql<number>`coalesce(max(${awards.sourceOrder}), 0) + 1` })
    .from(awards)
    .where(eq(awards.year, content.year));
  const [{ id }] = await tx
    .insert(awards)
    .values({
      year: content.year,
      title: content.title,
      grade: content.grade,
      incentiveWon: content.incentive,
      agencyId: content.agencyId,
      // Payloads written before these fields existed have neither.
      awardedOn: content.awardedOn ?? null,
      remarks: content.remarks ?? null,
      sourceOrder: sql`(${nextOrder})`,
      createdBy: actorId,
      updatedBy: actorId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: awards.id });
  await linkDepartments(tx, id, content.departmentIds);
  await refreshAwardSearch(tx, eq(awards.id, id));
  return id;
}

/**
 * Publishes new content for an award if it is still at `expectedVersion`. The version is part of
 * the UPDATE's condition, so of two concurrent saves exactly one changes a row.
 */
export async function updateAward(
  tx: Executor,
  id: number,
  expectedVersion: number,
  content: AwardContent,
  actorId: number,
): Promise<boolean> {
  const updated = await tx
    .update(awards)
    .set({
      year: content.year,
      title: content.title,
      grade: content.grade,
      incentiveWon: content.incentive,
      agencyId: content.agencyId,
      awardedOn: content.awardedOn ?? null,
      remarks: content.remarks ?? null,
      version: expectedVersion + 1,
      updatedBy: actorId,
      updatedAt: new Date(),
    })
    .where(and(eq(awards.id, id), eq(awards.version, expectedVersion), isNull(awards.deletedAt)))
    .returning({ id: awards.id });
  if (updated.length !== 1) return false;
  await linkDepartments(tx, id, content.departmentIds);
  await refreshAwardSearch(tx, eq(awards.id, id));
  return true;
}

/** Moves an award to the trash (soft delete) if it is still at `expectedVersion`. */
export async function trashAward(tx: Executor, id: number, expectedVersion: number, actorId: number): Promise<boolean> {
  const now = new Date();
  const trashed = await tx
    .update(awards)
    .set({ deletedAt: now, deletedBy: actorId, version: expectedVersion + 1, updatedBy: actorId, updatedAt: now })
    .where(and(eq(awards.id, id), eq(awards.version, expectedVersion), isNull(awards.deletedAt)))
    .returning({ id: awards.id });
  return trashed.length === 1;
}
