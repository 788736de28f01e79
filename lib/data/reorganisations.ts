import "server-only";
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { db, transaction, type Executor } from "@/db";
import { awardDepartments, awards, departmentAliases, departments, kpis, submissions, users } from "@/db/schema";
import { REGISTRY_KEY, takeTurns } from "@/db/raw";
import { authorize } from "@/lib/auth/can";
import type { Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { FieldError } from "@/lib/errors";
import { recordAudit } from "./audit-writer";
import { insertRegistryEntry } from "./registry-entries";
import type { WriteContext, Written } from "./write-context";

/**
 * 조직개편: merging departments and splitting one. The records of an ended department move to the
 * department that carries on (awards, KPIs, accounts), so every per-department figure (dashboard,
 * awards filter, API) counts them under it; each award link remembers the department it was
 * published under (award_departments.published_as), so a past year's award keeps the old name.
 * The ended department stays in the table, inactive, with the day it ended and, for a merge, the
 * department it went into.
 */

const TAGS = [CACHE_TAGS.registry, CACHE_TAGS.awards, CACHE_TAGS.kpis] as const;

export type Reorganised = Written & {
  kind: "merged" | "split";
  intoIds: number[];
  awardsMoved: number;
  kpisMoved: number;
};

type Department = { id: number; name: string; endedOn: string | null };

async function loadDepartments(tx: Executor, ids: number[]): Promise<Department[]> {
  if (ids.length === 0) return [];
  return tx
    .select({ id: departments.id, name: departments.name, endedOn: departments.endedOn })
    .from(departments)
    .where(inArray(departments.id, ids));
}

/** A reorganisation waits for the review queue: an open proposal names the old department. */
async function assertNoOpenProposals(tx: Executor, ids: number[], field: string): Promise<void> {
  const [{ n }] = await tx
    .select({ n: count() })
    .from(submissions)
    .where(and(inArray(submissions.departmentId, ids), inArray(submissions.status, ["pending", "returned"])));
  if (n > 0) {
    const message = `검토를 기다리거나 반려된 제출이 ${n}건 있습니다. 먼저 승인하거나 철회·반려를 마친 뒤 조직개편을 입력해 주세요.`;
    throw new FieldError({ [field]: [message] }, message);
  }
}

/** Ends a department from `endedOn`; guarded, so a department ends once. */
async function endDepartment(tx: Executor, id: number, endedOn: string, mergedInto: number | null): Promise<void> {
  const ended = await tx
    .update(departments)
    .set({ active: false, deactivatedAt: new Date(), endedOn, mergedInto, updatedAt: new Date() })
    .where(and(eq(departments.id, id), isNull(departments.endedOn)))
    .returning({ id: departments.id });
  if (ended.length !== 1) throw new FieldError({ fromIds: ["이미 조직개편으로 없어진 부서입니다."] });
}

/** Moves award links of `fromId` to `toId`, remembering the name they were published under. */
async function moveAwardLinks(tx: Executor, fromId: number, toId: number, awardIds?: number[]): Promise<number> {
  const only = awardIds ? inArray(awardDepartments.awardId, awardIds) : undefined;
  // An award already listed under the surviving department keeps that one link.
  await tx
    .delete(awardDepartments)
    .where(
      and(
        eq(awardDepartments.departmentId, fromId),
        only,
        sql`${awardDepartments.awardId} in (select award_id from award_departments where department_id = ${toId})`,
      ),
    );
  const moved = await tx
    .update(awardDepartments)
    .set({ departmentId: toId, publishedAs: sql`coalesce(${awardDepartments.publishedAs}, ${fromId})` })
    .where(and(eq(awardDepartments.departmentId, fromId), only))
    .returning({ awardId: awardDepartments.awardId });
  return moved.length;
}

/** The old name keeps matching in imports, as another spelling of the department that carries on. */
async function keepNameAsAlias(tx: Executor, from: Department, toId: number): Promise<void> {
  await tx.update(departmentAliases).set({ departmentId: toId }).where(eq(departmentAliases.departmentId, from.id));
  await tx.insert(departmentAliases).values({ departmentId: toId, alias: from.name }).onConflictDoNothing();
}

export type MergeInput = { fromIds: number[]; intoId?: number; newName?: string; effectiveOn: string };

/** A into B (intoId), or A and B into a new C (newName), from a date. */
export async function mergeDepartments(viewer: Viewer, input: MergeInput, ctx: WriteContext): Promise<Reorganised> {
  authorize(viewer, "registry.manage");
  return transaction(async (tx) => {
    await takeTurns(tx, REGISTRY_KEY);
    const intoId = input.intoId ?? (await insertRegistryEntry(tx, { kind: "department", name: input.newName ?? "" }));
    const fromIds = input.fromIds.filter((id) => id !== intoId);
    const [into] = await loadDepartments(tx, [intoId]);
    if (!into || into.endedOn) throw new FieldError({ intoId: ["통합 후 부서를 다시 골라 주세요."] });
    const from = await loadDepartments(tx, fromIds);
    if (from.length !== fromIds.length || from.some((d) => d.endedOn))
      throw new FieldError({ fromIds: ["통합할 부서를 다시 골라 주세요. 이미 없어진 부서가 있습니다."] });
    await assertNoOpenProposals(tx, fromIds, "fromIds");
    let awardsMoved = 0;
    let kpisMoved = 0;
    for (const d of from) {
      awardsMoved += await moveAwardLinks(tx, d.id, intoId);
      const movedKpis = await tx
        .update(kpis)
        .set({ departmentId: intoId, updatedAt: new Date() })
        .where(eq(kpis.departmentId, d.id))
        .returning({ id: kpis.id });
      kpisMoved += movedKpis.length;
      await tx.update(users).set({ departmentId: intoId, updatedAt: new Date() }).where(eq(users.departmentId, d.id));
      await keepNameAsAlias(tx, d, intoId);
      await endDepartment(tx, d.id, input.effectiveOn, intoId);
    }
    await recordAudit(tx, {
      actor: viewer,
      action: "department.merge",
      entityType: "department",
      entityId: intoId,
      departmentId: intoId,
      before: { departments: from.map((d) => ({ id: d.id, name: d.name })) },
      after: { into: { id: intoId, name: into.name, created: input.intoId === undefined }, awardsMoved, kpisMoved },
      note: `${input.effectiveOn} 통합`,
      ip: ctx.ip,
    });
    return { kind: "merged", intoIds: [intoId], awardsMoved, kpisMoved, tags: TAGS };
  });
}

/** The records a split must place: every award (live or in the trash) and KPI of the department. */
export type SplitRecords = {
  department: { id: number; name: string };
  awards: { id: number; year: number; title: string; deleted: boolean }[];
  kpis: { id: number; name: string }[];
};

export async function listSplitRecords(viewer: Viewer, departmentId: number): Promise<SplitRecords | null> {
  authorize(viewer, "registry.split");
  return splitRecordsOf(db, departmentId);
}

async function splitRecordsOf(ex: Executor, departmentId: number): Promise<SplitRecords | null> {
  const [department] = await ex
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(and(eq(departments.id, departmentId), isNull(departments.endedOn)))
    .limit(1);
  if (!department) return null;
  const awardRows = await ex
    .select({ id: awards.id, year: awards.year, title: awards.title, deletedAt: awards.deletedAt })
    .from(awardDepartments)
    .innerJoin(awards, eq(awards.id, awardDepartments.awardId))
    .where(eq(awardDepartments.departmentId, departmentId))
    .orderBy(asc(awards.year), asc(awards.sourceOrder), asc(awards.id));
  const kpiRows = await ex
    .select({ id: kpis.id, name: kpis.name })
    .from(kpis)
    .where(eq(kpis.departmentId, departmentId))
    .orderBy(asc(kpis.sortOrder), asc(kpis.id));
  return {
    department,
    awards: awardRows.map(({ deletedAt, ...a }) => ({ ...a, deleted: deletedAt !== null })),
    kpis: kpiRows,
  };
}

/**
 * The new departments of a split: existing ones by id or new ones by name. Each record of the old
 * department names its target by its position in this list.
 */
export type SplitInput = {
  fromId: number;
  targets: ({ id: number } | { name: string })[];
  effectiveOn: string;
  awards: Record<number, number>;
  kpis: Record<number, number>;
};

/**
 * Splits a department: the review office assigns each of its records to one of the new departments.
 * Every record must be assigned, or nothing changes (a record left behind would belong to nobody).
 */
export async function splitDepartment(viewer: Viewer, input: SplitInput, ctx: WriteContext): Promise<Reorganised> {
  authorize(viewer, "registry.split");
  return transaction(async (tx) => {
    await takeTurns(tx, REGISTRY_KEY);
    const [from] = await loadDepartments(tx, [input.fromId]);
    if (!from || from.endedOn) throw new FieldError({ fromId: ["나눌 부서를 다시 골라 주세요."] });
    if (input.targets.length < 2) throw new FieldError({ targets: ["나뉜 뒤의 부서를 두 곳 이상 정해 주세요."] });
    await assertNoOpenProposals(tx, [from.id], "fromId");
    const targetIds: number[] = [];
    for (const t of input.targets) {
      if ("id" in t) {
        const [d] = await loadDepartments(tx, [t.id]);
        if (!d || d.endedOn || d.id === from.id)
          throw new FieldError({ targets: ["나뉜 뒤의 부서를 다시 골라 주세요."] });
        targetIds.push(d.id);
      } else {
        try {
          targetIds.push(await insertRegistryEntry(tx, { kind: "department", name: t.name }));
        } catch (error) {
          if (error instanceof FieldError)
            throw new FieldError({ targets: (error.fieldErrors.name ?? []).map((m) => `「${t.name}」: ${m}`) });
          throw error;
        }
      }
    }
    if (new Set(targetIds).size !== targetIds.length)
      throw new FieldError({ targets: ["나뉜 뒤의 부서가 서로 달라야 합니다."] });
    const records = await splitRecordsOf(tx, from.id);
    const missing: Record<string, string[]> = {};
    const target = (choice: number | undefined) =>
      choice !== undefined && Number.isInteger(choice) && choice >= 0 && choice < targetIds.length
        ? targetIds[choice]
        : undefined;
    for (const a of records?.awards ?? [])
      if (target(input.awards[a.id]) === undefined) missing[`award-${a.id}`] = ["옮길 부서를 골라 주세요."];
    for (const k of records?.kpis ?? [])
      if (target(input.kpis[k.id]) === undefined) missing[`kpi-${k.id}`] = ["옮길 부서를 골라 주세요."];
    if (Object.keys(missing).length)
      throw new FieldError(missing, "모든 기록에 옮길 부서를 골라야 나눌 수 있습니다. 표시된 기록을 확인해 주세요.");
    let awardsMoved = 0;
    for (const [i, toId] of targetIds.entries()) {
      const awardIds = (records?.awards ?? []).filter((a) => input.awards[a.id] === i).map((a) => a.id);
      if (awardIds.length) awardsMoved += await moveAwardLinks(tx, from.id, toId, awardIds);
      const kpiIds = (records?.kpis ?? []).filter((k) => input.kpis[k.id] === i).map((k) => k.id);
      if (kpiIds.length)
        await tx
          .update(kpis)
          .set({ departmentId: toId, updatedAt: new Date() })
          .where(and(eq(kpis.departmentId, from.id), inArray(kpis.id, kpiIds)));
    }
    // Accounts of the old department have no one department to follow: an admin moves each one.
    await endDepartment(tx, from.id, input.effectiveOn, null);
    await recordAudit(tx, {
      actor: viewer,
      action: "department.split",
      entityType: "department",
      entityId: from.id,
      departmentId: from.id,
      before: { department: { id: from.id, name: from.name } },
      after: { into: targetIds, awards: input.awards, kpis: input.kpis },
      note: `${input.effectiveOn} 분리`,
      ip: ctx.ip,
    });
    return {
      kind: "split",
      intoIds: targetIds,
      awardsMoved,
      kpisMoved: records?.kpis.length ?? 0,
      tags: TAGS,
    };
  });
}
