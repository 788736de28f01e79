import "server-only";
import { and, eq, max } from "drizzle-orm";
import type { Executor } from "@/db";
import { takeTurns } from "@/db/raw";
import { kpis, kpiValueNotes, kpiValues, type MoneyStyle, type Submission } from "@/db/schema";
import type { StaffViewer } from "@/lib/auth/viewer";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { KpiNoteInput } from "@/lib/validations/kpi-definition";
import type { PeriodFields } from "@/lib/validations/period";

/**
 * KPI definitions as stored, and the writes that publish them, on the caller's transaction (a
 * planner's review approves a batch of proposals of every kind in one); the entry points that take
 * a viewer are in kpi-definitions.ts.
 */

/** A proposed KPI, with values as stored (won for money) and its optional first figure. */
export type KpiDefinitionContent = {
  departmentId: number;
  areaId: number;
  name: string;
  unit: string;
  moneyStyle: MoneyStyle | null;
  targetValue: string | null;
  targetLabel: string | null;
  source: string;
  first: (PeriodFields & { value: string; notes: KpiNoteInput[] }) | null;
};

/** A KPI's target and source as corrected; name and unit come along so the review can show the figure. */
export type KpiTargetContent = {
  kpiId: number;
  name: string;
  unit: string;
  moneyStyle: MoneyStyle | null;
  targetValue: string | null;
  targetLabel: string | null;
  source: string;
};

export type KpiDefinitionSnapshot = KpiTargetContent & {
  name: string;
  unit: string;
  moneyStyle: MoneyStyle | null;
  departmentId: number;
  areaId: number;
  version: number;
};

export async function kpiDefinitionSnapshot(tx: Executor, id: number): Promise<KpiDefinitionSnapshot | null> {
  const [k] = await tx.select().from(kpis).where(eq(kpis.id, id)).limit(1);
  if (!k || k.deletedAt) return null;
  return {
    kpiId: k.id,
    name: k.name,
    unit: k.unit,
    moneyStyle: k.moneyStyle,
    departmentId: k.departmentId,
    areaId: k.areaId,
    targetValue: k.targetValue,
    targetLabel: k.targetLabel,
    source: k.source,
    version: k.version,
  };
}

/** Publishes a new KPI (listed last in its area) and its first figure with the notes beside it. */
export async function insertKpi(tx: Executor, content: KpiDefinitionContent, actorId: number): Promise<number> {
  // Read, then written: writers adding to one area take turns.
  await takeTurns(tx, `kpis.sort_order:${content.areaId}`);
  const [top] = await tx
    .select({ n: max(kpis.sortOrder) })
    .from(kpis)
    .where(eq(kpis.areaId, content.areaId));
  const last = top?.n ?? 0;
  const placeholder = `new-${crypto.randomUUID()}`;
  const [{ id }] = await tx
    .insert(kpis)
    .values({
      slug: placeholder,
      areaId: content.areaId,
      departmentId: content.departmentId,
      name: content.name,
      unit: content.unit,
      moneyStyle: content.moneyStyle,
      targetValue: content.targetValue,
      targetLabel: content.targetLabel,
      source: content.source,
      sortOrder: last + 1,
    })
    .returning({ id: kpis.id });
  // The API names a KPI by its slug; a stable one that needs no transliteration of the Korean name.
  await tx
    .update(kpis)
    .set({ slug: `kpi-${id}` })
    .where(eq(kpis.id, id));
  if (content.first) {
    const { notes, ...value } = content.first;
    const now = new Date();
    const [row] = await tx
      .insert(kpiValues)
      .values({ ...value, kpiId: id, createdBy: actorId, updatedBy: actorId, createdAt: now, updatedAt: now })
      .returning({ id: kpiValues.id });
    if (notes.length)
      await tx.insert(kpiValueNotes).values(
        notes.map((n, i) => ({
          kpiValueId: row.id,
          kind: n.kind,
          label: n.label,
          value: n.value,
          unit: n.unit,
          sortOrder: i,
        })),
      );
  }
  return id;
}

/** Publishes a corrected target and source if the KPI is still at `expectedVersion`. */
export async function updateKpiTarget(
  tx: Executor,
  content: KpiTargetContent,
  expectedVersion: number,
): Promise<boolean> {
  const updated = await tx
    .update(kpis)
    .set({
      targetValue: content.targetValue,
      targetLabel: content.targetLabel,
      source: content.source,
      version: expectedVersion + 1,
      updatedAt: new Date(),
    })
    .where(and(eq(kpis.id, content.kpiId), eq(kpis.version, expectedVersion)))
    .returning({ id: kpis.id });
  return updated.length === 1;
}

const STALE = "제출 이후 지표가 바뀌었습니다. 반려하여 담당자가 최신 내용으로 다시 제출하게 해 주세요.";

/** Applies an approved KPI definition proposal; returns what the audit row records. */
export async function applyKpiDefinition(
  tx: Executor,
  viewer: StaffViewer,
  s: Submission,
  proposal: { kind: "kpi.create"; content: KpiDefinitionContent } | { kind: "kpi.update"; content: KpiTargetContent },
) {
  if (proposal.kind === "kpi.create") {
    const id = await insertKpi(tx, proposal.content, viewer.userId);
    return {
      action: "kpi.create" as const,
      entityType: "kpi",
      entityId: id,
      before: null,
      after: await kpiDefinitionSnapshot(tx, id),
    };
  }
  const current = await kpiDefinitionSnapshot(tx, proposal.content.kpiId);
  if (!current) throw new NotFoundError("제안 대상 지표가 이미 삭제되었습니다.");
  if (current.version !== s.baseVersion || !(await updateKpiTarget(tx, proposal.content, current.version)))
    throw new ConflictError(current, STALE);
  return {
    action: "kpi.update" as const,
    entityType: "kpi",
    entityId: current.kpiId,
    before: current,
    after: await kpiDefinitionSnapshot(tx, current.kpiId),
  };
}
