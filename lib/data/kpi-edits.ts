import "server-only";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { db } from "@/db";
import { departments, kpis, kpiValues, submissions, type Kpi, type KpiValue } from "@/db/schema";
import type { ActionContext, ActionOutcome } from "@/lib/actions/form-action";
import { canEditDepartmentRecord, isPlanner } from "@/lib/auth/permissions";
import type { StaffViewer, Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { ConflictError, FieldError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { toStoredValue } from "@/lib/kpi-units";
import { periodOf, type KpiValueForm } from "@/lib/validations/kpi";
import { recordAudit } from "./audit-writer";
import { assertYearOpen } from "./award-records";
import { kpiValueSnapshot, publishKpiValue, valueForPeriod, type KpiValueContent } from "./kpi-records";

export type WorkspaceKpi = Kpi & { department: string; values: KpiValue[] };

/** KPIs the viewer may update: an officer's department's, or all for planners. */
export function listEditableKpis(viewer: Viewer): WorkspaceKpi[] {
  if (viewer.kind !== "staff") throw new ForbiddenError();
  const own = isPlanner(viewer) ? undefined : eq(kpis.departmentId, viewer.departmentId ?? -1);
  const rows = db
    .select({ kpi: kpis, department: departments.name })
    .from(kpis)
    .innerJoin(departments, eq(departments.id, kpis.departmentId))
    .where(and(isNull(kpis.deletedAt), own))
    .orderBy(asc(kpis.areaId), asc(kpis.sortOrder))
    .all();
  const values = rows.length
    ? db
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
        .orderBy(desc(kpiValues.periodEnd))
        .all()
    : [];
  return rows.map(({ kpi, department }) => ({ ...kpi, department, values: values.filter((v) => v.kpiId === kpi.id) }));
}

export function getEditableKpi(viewer: Viewer, kpiId: number): WorkspaceKpi {
  const kpi = listEditableKpis(viewer).find((k) => k.id === kpiId);
  if (!kpi) throw new NotFoundError("지표를 찾을 수 없거나 수정 권한이 없습니다.");
  return kpi;
}

/**
 * Records a KPI value for a period. Planners publish at once; an officer's value waits for review
 * as a submission (one open submission per existing value; a new period is its own proposal).
 */
export function saveKpiValue(viewer: StaffViewer, input: KpiValueForm, ctx: ActionContext): ActionOutcome {
  return db.transaction((tx) => {
    const kpi = tx
      .select()
      .from(kpis)
      .where(and(eq(kpis.id, input.kpiId), isNull(kpis.deletedAt)))
      .get();
    if (!kpi) throw new NotFoundError("지표를 찾을 수 없습니다.");
    if (!canEditDepartmentRecord(viewer, [kpi.departmentId]))
      throw new ForbiddenError("다른 부서의 지표는 수정할 수 없습니다.");
    assertYearOpen(tx, input.year);
    const stored = toStoredValue(input.value, kpi.unit, kpi.moneyStyle);
    if (stored === null) throw new FieldError({ value: ["값이 너무 세밀합니다. 1원 단위까지만 기록할 수 있습니다."] });
    const content: KpiValueContent = { kpiId: kpi.id, ...periodOf(input.year, input.half), value: stored };
    const existing = valueForPeriod(tx, kpi.id, content.period);
    if (existing && input.version === undefined) {
      throw new ConflictError(
        kpiValueSnapshot(tx, existing.id),
        `${content.period} 값이 이미 있습니다. 목록에서 그 값의 '수정'을 눌러 고쳐 주세요.`,
      );
    }

    if (isPlanner(viewer)) {
      const { id, before } = publishKpiValue(tx, content, existing ? (input.version ?? null) : null, viewer.userId);
      recordAudit(tx, {
        actor: viewer,
        action: "kpi_value.publish",
        entityType: "kpi_value",
        entityId: id,
        departmentId: kpi.departmentId,
        before,
        after: kpiValueSnapshot(tx, id),
        ip: ctx.ip,
      });
      return {
        tags: [CACHE_TAGS.kpis],
        message: `${kpi.name} ${content.period} 값을 게시했습니다.`,
        redirectTo: "/workspace/kpis?notice=published",
      };
    }

    if (existing && existing.version !== input.version) throw new ConflictError(kpiValueSnapshot(tx, existing.id));
    const open = existing
      ? tx
          .select()
          .from(submissions)
          .where(
            and(
              eq(submissions.entityType, "kpi_value"),
              eq(submissions.entityId, existing.id),
              inArray(submissions.status, ["pending", "returned"]),
            ),
          )
          .get()
      : undefined;
    if (open) {
      tx.update(submissions)
        .set({
          payload: JSON.stringify(content),
          status: "pending",
          submittedBy: viewer.userId,
          version: open.version + 1,
          updatedAt: new Date(),
        })
        .where(eq(submissions.id, open.id))
        .run();
      recordAudit(tx, {
        actor: viewer,
        action: "submission.update",
        entityType: "submission",
        entityId: open.id,
        departmentId: kpi.departmentId,
        before: JSON.parse(open.payload),
        after: content,
        ip: ctx.ip,
      });
    } else {
      const created = tx
        .insert(submissions)
        .values({
          entityType: "kpi_value",
          entityId: existing?.id ?? null,
          action: existing ? "update" : "create",
          payload: JSON.stringify(content),
          baseVersion: existing?.version ?? null,
          year: input.year,
          departmentId: kpi.departmentId,
          submittedBy: viewer.userId,
        })
        .returning({ id: submissions.id })
        .get();
      recordAudit(tx, {
        actor: viewer,
        action: "submission.create",
        entityType: "submission",
        entityId: created.id,
        departmentId: kpi.departmentId,
        before: existing ? kpiValueSnapshot(tx, existing.id) : null,
        after: content,
        ip: ctx.ip,
      });
    }
    return {
      tags: [],
      message: `${kpi.name} ${content.period} 값을 제출했습니다. 검토 부서 승인 후 공개됩니다.`,
      redirectTo: "/workspace/submissions?notice=submitted",
    };
  });
}
