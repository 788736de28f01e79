import "server-only";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { db, transaction } from "@/db";
import { departments, kpis, kpiValues, type Kpi, type KpiValue } from "@/db/schema";
import { descending } from "@/db/sql";
import { authorize, can } from "@/lib/auth/can";
import type { StaffViewer, Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { inputUnit, toStoredValue, toTypedValue } from "@/lib/kpi-units";
import type { KpiValueForm } from "@/lib/validations/kpi";
import { periodFields, periodYear } from "@/lib/validations/period";
import { recordAudit } from "./audit-writer";
import { assertYearOpen } from "./award-records";
import { fourEyes } from "./four-eyes";
import { kpiValueSnapshot, notesOf, publishKpiValue, valueForPeriod, type KpiValueContent } from "./kpi-records";
import { openProposalOn, propose, type ProposalBase } from "./proposals";
import { NO_TAGS, type WriteContext, type Written } from "./write-context";

/** What saving a KPI value did: published at once (planners) or proposed for review. */
export type KpiValueWrite = Written & { kpi: string; period: string } & (
    | { kind: "published"; kpiValueId: number }
    | { kind: "proposed"; proposalId: number }
  );

export type WorkspaceKpi = Kpi & { department: string; values: KpiValue[] };

/** KPIs the viewer may update: an officer's department's, or all for planners. */
export async function listEditableKpis(viewer: Viewer): Promise<WorkspaceKpi[]> {
  authorize(viewer, "workspace.use");
  const own = can(viewer, "records.all") ? undefined : eq(kpis.departmentId, viewer.departmentId ?? -1);
  const rows = await db
    .select({ kpi: kpis, department: departments.name })
    .from(kpis)
    .innerJoin(departments, eq(departments.id, kpis.departmentId))
    .where(and(isNull(kpis.deletedAt), own))
    .orderBy(asc(kpis.areaId), asc(kpis.sortOrder));
  const values = rows.length
    ? await db
        .select()
        .from(kpiValues)
        .where(
          and(
            inArray(
              kpiValues.kpiId,
              rows.map((r) => r.kpi.id),
            ),
            isNull(kpiValues.deletedAt),
          ),
        )
        .orderBy(descending(kpiValues.periodEnd))
    : [];
  return rows.map(({ kpi, department }) => ({ ...kpi, department, values: values.filter((v) => v.kpiId === kpi.id) }));
}

/**
 * One KPI for its page, with the version of the open proposal on each recorded value (if any) and
 * each value's notes ("도내 2위", "전국 0.778명").
 */
export async function getEditableKpi(
  viewer: Viewer,
  kpiId: number,
): Promise<WorkspaceKpi & { openProposals: Record<number, number>; notes: Record<number, KpiValueContent["notes"]> }> {
  const kpi = (await listEditableKpis(viewer)).find((k) => k.id === kpiId);
  if (!kpi) throw new NotFoundError("지표를 찾을 수 없거나 수정 권한이 없습니다.");
  const openProposals: Record<number, number> = {};
  const notes: Record<number, KpiValueContent["notes"]> = {};
  for (const v of kpi.values) {
    const open = await openProposalOn(db, { kpiValueId: v.id });
    if (open) openProposals[v.id] = open.version;
    notes[v.id] = await notesOf(db, v.id);
  }
  return { ...kpi, openProposals, notes };
}

/**
 * Records a KPI value for a period. Planners publish at once (unless the four-eyes rule is on); an
 * officer's value waits for review as a submission (one open submission per existing value; a new
 * period is its own proposal).
 */
export async function saveKpiValue(
  viewer: StaffViewer,
  input: Omit<KpiValueForm, "submissionVersion" | "notes"> & {
    submissionVersion?: ProposalBase;
    notes?: KpiValueForm["notes"];
  },
  ctx: WriteContext,
): Promise<KpiValueWrite> {
  return await transaction(async (tx): Promise<KpiValueWrite> => {
    const [kpi] = await tx
      .select()
      .from(kpis)
      .where(and(eq(kpis.id, input.kpiId), isNull(kpis.deletedAt)))
      .limit(1);
    if (!kpi) throw new NotFoundError("지표를 찾을 수 없습니다.");
    authorize(viewer, "kpi.edit", { departmentIds: [kpi.departmentId] });
    const year = periodYear(input.period);
    if (year !== null) await assertYearOpen(tx, year);
    const unit = inputUnit(kpi.unit, kpi.moneyStyle).label;
    if (input.valueUnit !== null && input.valueUnit !== unit)
      throw new FieldError({ value: [`이 지표의 값은 ${unit} 단위로 입력해 주세요.`] });
    const stored = toStoredValue(input.value, kpi.unit, kpi.moneyStyle);
    if (stored === null) throw new FieldError({ value: ["값이 너무 세밀합니다. 1원 단위까지만 기록할 수 있습니다."] });
    const fields = { kpiId: kpi.id, ...periodFields(input.period), value: stored };
    const existing = await valueForPeriod(tx, kpi.id, fields.period);
    // Notes travel with the value; a save that does not send them keeps the value's own.
    const notes = input.notes ?? (existing ? await notesOf(tx, existing.id) : []);
    const content: KpiValueContent = { ...fields, notes };
    if (existing && input.version === undefined) {
      throw new ConflictError(
        await kpiValueSnapshot(tx, existing.id),
        `${content.period} 값이 이미 있습니다. 목록에서 그 값의 '수정'을 눌러 고쳐 주세요.`,
      );
    }

    if (can(viewer, "records.publish", await fourEyes(tx))) {
      const { id, before } = await publishKpiValue(
        tx,
        content,
        existing ? (input.version ?? null) : null,
        viewer.userId,
      );
      await recordAudit(tx, {
        actor: viewer,
        action: "kpi_value.publish",
        entityType: "kpi_value",
        entityId: id,
        departmentId: kpi.departmentId,
        before,
        after: await kpiValueSnapshot(tx, id),
        ip: ctx.ip,
      });
      return { kind: "published", kpi: kpi.name, period: content.period, kpiValueId: id, tags: [CACHE_TAGS.kpis] };
    }

    if (existing && existing.version !== input.version)
      throw new ConflictError(await kpiValueSnapshot(tx, existing.id));
    const before = existing ? await kpiValueSnapshot(tx, existing.id) : null;
    const { proposalId } = await withTypedValue(kpi, () =>
      propose(
        tx,
        viewer,
        {
          proposal: existing
            ? { kind: "kpi_value.update", kpiValueId: existing.id, content }
            : { kind: "kpi_value.create", content },
          base: input.submissionVersion ?? null,
          baseVersion: existing?.version ?? null,
          year: year ?? new Date().getFullYear(),
          departmentId: kpi.departmentId,
          before,
        },
        ctx,
      ),
    );
    return { kind: "proposed", kpi: kpi.name, period: content.period, proposalId, tags: NO_TAGS };
  });
}

/** A refused proposal shows its value as a person types it for this KPI (억원, not won). */
async function withTypedValue<T>(kpi: Kpi, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof ConflictError) || typeof error.current?.value !== "string") throw error;
    const current = { ...error.current, typed: toTypedValue(error.current.value, kpi.unit, kpi.moneyStyle) };
    throw new ConflictError(current, error.message);
  }
}
