import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { db, transaction } from "@/db";
import { departments, kpis, policyAreas } from "@/db/schema";
import { REGISTRY_KEY, takeTurns } from "@/db/raw";
import { authorize, can } from "@/lib/auth/can";
import type { StaffViewer, Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { inputUnit, toStoredValue } from "@/lib/kpi-units";
import type { KpiDefinitionForm, KpiTargetForm } from "@/lib/validations/kpi-definition";
import { periodFields, periodYear } from "@/lib/validations/period";
import { recordAudit } from "./audit-writer";
import { assertYearOpen } from "./award-records";
import {
  insertKpi,
  kpiDefinitionSnapshot,
  updateKpiTarget,
  type KpiDefinitionContent,
  type KpiTargetContent,
} from "./kpi-definition-records";
import { fourEyes } from "./four-eyes";
import { openProposalOn, propose, type ProposalBase } from "./proposals";
import { NO_TAGS, type WriteContext, type Written } from "./write-context";

/** What saving a KPI definition did: published at once (planners) or proposed for review (officers). */
export type KpiDefinitionWrite = Written & { name: string } & (
    | { kind: "published"; kpiId: number }
    | { kind: "proposed"; proposalId: number }
  );

/** A typed number in the KPI's input unit (억원 for money) as stored, or a FieldError on `field`. */
function stored(
  typed: { value: string; unit: string | null },
  kpi: { unit: string; moneyStyle: KpiDefinitionContent["moneyStyle"] },
  field: string,
): string {
  const unit = inputUnit(kpi.unit, kpi.moneyStyle).label;
  if (typed.unit !== null && typed.unit !== unit) throw new FieldError({ [field]: [`${unit} 단위로 입력해 주세요.`] });
  const value = toStoredValue(typed.value, kpi.unit, kpi.moneyStyle);
  if (value === null) throw new FieldError({ [field]: ["값이 너무 세밀합니다. 1원 단위까지만 기록할 수 있습니다."] });
  return value;
}

/** The areas and departments a KPI definition form offers this viewer (an officer: their own department). */
export async function kpiDefinitionOptions(viewer: Viewer) {
  authorize(viewer, "workspace.use");
  const areas = await db
    .select({ id: policyAreas.id, name: policyAreas.title })
    .from(policyAreas)
    .orderBy(asc(policyAreas.sortOrder));
  const own = can(viewer, "records.all") ? undefined : eq(departments.id, viewer.departmentId ?? -1);
  const choices = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(and(eq(departments.active, true), own))
    .orderBy(asc(departments.name));
  return { areas, departments: choices };
}

/**
 * A new KPI for a department: published at once by a planner, proposed by an officer of that
 * department (the planner approves it in review, which creates it). Its first figure, if given,
 * is published with it, the notes the source prints beside it included.
 */
export async function saveKpiDefinition(
  viewer: StaffViewer,
  input: Omit<KpiDefinitionForm, "submissionVersion"> & { submissionVersion?: ProposalBase },
  ctx: WriteContext,
): Promise<KpiDefinitionWrite> {
  authorize(viewer, "kpi.edit", { departmentIds: [input.departmentId] });
  return transaction(async (tx) => {
    const [area] = await tx
      .select({ id: policyAreas.id })
      .from(policyAreas)
      .where(eq(policyAreas.id, input.areaId))
      .limit(1);
    if (!area) throw new FieldError({ areaId: ["등록된 정책 분야를 선택해 주세요."] });
    await takeTurns(tx, REGISTRY_KEY, "shared");
    const [department] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.id, input.departmentId), eq(departments.active, true)))
      .limit(1);
    if (!department) throw new FieldError({ departmentId: ["등록된 담당부서를 선택해 주세요."] });
    const [same] = await tx
      .select({ id: kpis.id })
      .from(kpis)
      .where(and(eq(kpis.departmentId, input.departmentId), eq(kpis.name, input.name), isNull(kpis.deletedAt)))
      .limit(1);
    if (same) throw new FieldError({ name: ["이 부서에 같은 이름의 지표가 이미 있습니다."] });

    const shape = { unit: input.unit, moneyStyle: input.moneyStyle };
    const year = input.first ? periodYear(input.first.period) : null;
    if (year !== null) await assertYearOpen(tx, year);
    const content: KpiDefinitionContent = {
      departmentId: input.departmentId,
      areaId: input.areaId,
      name: input.name,
      unit: input.unit,
      moneyStyle: input.moneyStyle,
      targetValue: input.target ? stored(input.target, shape, "target") : null,
      targetLabel: input.targetLabel,
      source: input.source,
      first: input.first
        ? {
            ...periodFields(input.first.period),
            value: stored(input.first.value, shape, "value"),
            notes: input.first.notes,
          }
        : null,
    };

    if (can(viewer, "records.publish", await fourEyes(tx))) {
      const id = await insertKpi(tx, content, viewer.userId);
      await recordAudit(tx, {
        actor: viewer,
        action: "kpi.create",
        entityType: "kpi",
        entityId: id,
        departmentId: content.departmentId,
        after: content,
        ip: ctx.ip,
      });
      return { kind: "published", name: content.name, kpiId: id, tags: [CACHE_TAGS.kpis] };
    }
    const { proposalId } = await propose(
      tx,
      viewer,
      {
        proposal: { kind: "kpi.create", content },
        base: input.submissionVersion ?? null,
        baseVersion: null,
        year: year ?? new Date().getFullYear(),
        departmentId: content.departmentId,
      },
      ctx,
    );
    return { kind: "proposed", name: content.name, proposalId, tags: NO_TAGS };
  });
}

/** A KPI's target and source corrected: at once by a planner, by proposal from its department's officers. */
export async function saveKpiTarget(
  viewer: StaffViewer,
  input: Omit<KpiTargetForm, "submissionVersion"> & { submissionVersion?: ProposalBase },
  ctx: WriteContext,
): Promise<KpiDefinitionWrite> {
  return transaction(async (tx) => {
    const current = await kpiDefinitionSnapshot(tx, input.kpiId);
    if (!current) throw new NotFoundError("지표를 찾을 수 없습니다.");
    authorize(viewer, "kpi.edit", { departmentIds: [current.departmentId] });
    if (current.version !== input.version) throw new ConflictError(current);
    const content: KpiTargetContent = {
      kpiId: current.kpiId,
      name: current.name,
      unit: current.unit,
      moneyStyle: current.moneyStyle,
      targetValue: input.target ? stored(input.target, current, "target") : null,
      targetLabel: input.targetLabel,
      source: input.source,
    };
    if (can(viewer, "records.publish", await fourEyes(tx))) {
      if (!(await updateKpiTarget(tx, content, current.version))) throw new ConflictError(current);
      await recordAudit(tx, {
        actor: viewer,
        action: "kpi.update",
        entityType: "kpi",
        entityId: current.kpiId,
        departmentId: current.departmentId,
        before: current,
        after: await kpiDefinitionSnapshot(tx, current.kpiId),
        ip: ctx.ip,
      });
      return { kind: "published", name: current.name, kpiId: current.kpiId, tags: [CACHE_TAGS.kpis] };
    }
    const { proposalId } = await propose(
      tx,
      viewer,
      {
        proposal: { kind: "kpi.update", kpiId: current.kpiId, content },
        base: input.submissionVersion ?? null,
        baseVersion: current.version,
        year: new Date().getFullYear(),
        departmentId: current.departmentId,
        before: current,
      },
      ctx,
    );
    return { kind: "proposed", name: current.name, proposalId, tags: NO_TAGS };
  });
}

/** The version of the open proposal on a KPI's target and source, so the form saves against it; null when none. */
export async function openTargetProposalVersion(viewer: Viewer, kpiId: number): Promise<number | null> {
  authorize(viewer, "workspace.use");
  return (await openProposalOn(db, { kpiDefinitionId: kpiId }))?.version ?? null;
}
