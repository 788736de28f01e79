import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db";
import { kpiValueNotes, kpiValues, type Submission } from "@/db/schema";
import type { StaffViewer } from "@/lib/auth/viewer";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { KpiNoteInput } from "@/lib/validations/kpi-definition";
import type { PeriodFields } from "@/lib/validations/period";

/**
 * A proposed or published KPI value: which KPI, which period (lib/validations/period.ts), what
 * value (stored form). The one description of a value, for proposals' payloads and published rows.
 */
export type KpiValueContent = PeriodFields & {
  kpiId: number;
  value: string;
  /** The notes printed beside it, in order; absent (proposals of earlier releases): left as they are. */
  notes?: KpiNoteInput[];
};

export type KpiValueSnapshot = KpiValueContent & { id: number; version: number };

export async function kpiValueSnapshot(tx: Executor, id: number): Promise<KpiValueSnapshot | null> {
  const [v] = await tx
    .select()
    .from(kpiValues)
    .where(and(eq(kpiValues.id, id), isNull(kpiValues.deletedAt)))
    .limit(1);
  if (!v) return null;
  return {
    id: v.id,
    kpiId: v.kpiId,
    period: v.period,
    periodKind: v.periodKind,
    periodFrom: v.periodFrom,
    periodTo: v.periodTo,
    periodEnd: v.periodEnd,
    value: v.value,
    notes: await notesOf(tx, v.id),
    version: v.version,
  };
}

/** A value's notes as stored, in their order. */
export async function notesOf(tx: Executor, kpiValueId: number): Promise<KpiNoteInput[]> {
  const rows = await tx
    .select()
    .from(kpiValueNotes)
    .where(eq(kpiValueNotes.kpiValueId, kpiValueId))
    .orderBy(asc(kpiValueNotes.sortOrder), asc(kpiValueNotes.id));
  return rows.map((n) => ({ kind: n.kind, label: n.label, value: n.value, unit: n.unit }));
}

async function replaceNotes(tx: Executor, kpiValueId: number, notes: KpiNoteInput[] | undefined): Promise<void> {
  if (notes === undefined) return;
  await tx.delete(kpiValueNotes).where(eq(kpiValueNotes.kpiValueId, kpiValueId));
  if (notes.length)
    await tx
      .insert(kpiValueNotes)
      .values(
        notes.map((n, i) => ({ kpiValueId, kind: n.kind, label: n.label, value: n.value, unit: n.unit, sortOrder: i })),
      );
}

/** The live value of a KPI for a period, if one is recorded. */
export async function valueForPeriod(tx: Executor, kpiId: number, period: string) {
  const [row] = await tx
    .select()
    .from(kpiValues)
    .where(and(eq(kpiValues.kpiId, kpiId), eq(kpiValues.period, period), isNull(kpiValues.deletedAt)))
    .limit(1);
  return row;
}

/**
 * Publishes a KPI value: a new period adds a row (history is kept); the same period again updates
 * that row if it is still at `expectedVersion`.
 */
export async function publishKpiValue(
  tx: Executor,
  content: KpiValueContent,
  expectedVersion: number | null,
  actorId: number,
): Promise<{ id: number; before: KpiValueSnapshot | null }> {
  const { notes, ...value } = content;
  const existing = await valueForPeriod(tx, content.kpiId, content.period);
  const now = new Date();
  if (!existing) {
    if (expectedVersion !== null) throw new NotFoundError("수정하려던 값이 삭제되었습니다.");
    // kpi_values_kpi_period_uq is the guard: a value for this period published meanwhile wins.
    const [inserted] = await tx
      .insert(kpiValues)
      .values({ ...value, createdBy: actorId, updatedBy: actorId, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning({ id: kpiValues.id });
    if (!inserted)
      throw new ConflictError(
        await valueForPeriod(tx, content.kpiId, content.period),
        `${content.period} 값이 이미 있습니다. 아래의 현재 값을 확인한 뒤 그 값을 수정해 주세요.`,
      );
    await replaceNotes(tx, inserted.id, notes);
    return { id: inserted.id, before: null };
  }
  const before = await kpiValueSnapshot(tx, existing.id);
  if (expectedVersion === null || existing.version !== expectedVersion) {
    throw new ConflictError(
      before,
      `${content.period} 값이 이미 있습니다. 아래의 현재 값을 확인한 뒤 그 값을 수정해 주세요.`,
    );
  }
  const updated = await tx
    .update(kpiValues)
    .set({ value: content.value, version: existing.version + 1, updatedBy: actorId, updatedAt: now })
    .where(and(eq(kpiValues.id, existing.id), eq(kpiValues.version, existing.version)))
    .returning({ id: kpiValues.id });
  if (updated.length !== 1) throw new ConflictError(before);
  await replaceNotes(tx, existing.id, notes);
  return { id: existing.id, before };
}

/** Applies an approved KPI submission. */
export async function applyKpiValue(tx: Executor, viewer: StaffViewer, s: Submission, content: KpiValueContent) {
  const { id, before } = await publishKpiValue(tx, content, s.entityId === null ? null : s.baseVersion, viewer.userId);
  return {
    action: "kpi_value.publish" as const,
    entityType: "kpi_value",
    entityId: id,
    before,
    after: await kpiValueSnapshot(tx, id),
  };
}
