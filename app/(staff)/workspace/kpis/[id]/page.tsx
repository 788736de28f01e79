import type { Metadata } from "next";
import { TableScroll } from "@/components/ui/table-scroll";
import { notFound } from "next/navigation";
import { KpiTargetForm } from "@/components/staff/kpi-target-form";
import { KpiValueForm } from "@/components/staff/kpi-value-form";
import { requireStaff } from "@/lib/auth/session";
import { getEditableKpi } from "@/lib/data/kpi-edits";
import { openTargetProposalVersion } from "@/lib/data/kpi-definitions";
import { NotFoundError } from "@/lib/errors";
import { formatKpiValue } from "@/lib/format";
import { inputUnit, toTypedValue } from "@/lib/kpi-units";
import { routeId, type PageIdProps } from "@/lib/route-props";
import { PERIOD_KIND_OPTIONS, periodFormValues } from "@/lib/validations/period";

export const metadata: Metadata = { title: "성과 지표 값 입력" };

/** A note as the source prints it and as it is typed back: "도내 2위", "전국 0.778명". */
const noteText = (n: { label: string; value: string | null; unit: string | null }) =>
  n.value === null ? n.label : `${n.label} ${n.value}${n.unit ?? ""}`;

export default async function KpiPage({ params }: PageIdProps) {
  const viewer = await requireStaff();
  const id = routeId((await params).id);
  if (id === null) notFound();
  let kpi: Awaited<ReturnType<typeof getEditableKpi>>;
  try {
    kpi = await getEditableKpi(viewer, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const unit = inputUnit(kpi.unit, kpi.moneyStyle);
  const targetProposal = await openTargetProposalVersion(viewer, kpi.id);
  return (
    <main id="main" className="container">
      <h1>{kpi.name}</h1>
      <p>
        담당부서: {kpi.department}
        {kpi.ownerAssigned ? " (출처에 담당 부서 표시 없음, 군에서 지정)" : ""} · 출처: {kpi.source}
      </p>
      <h2>기록된 값</h2>
      <TableScroll label={`${kpi.name} 기록 (가로로 스크롤할 수 있습니다)`}>
        <table className="data-table">
          <caption>{kpi.name} 기간별 값 (새 기간을 입력하면 기록이 추가되고 이전 값은 보존됩니다)</caption>
          <thead>
            <tr>
              <th scope="col">기간</th>
              <th scope="col" className="num">
                값
              </th>
              <th scope="col">비교·참고</th>
            </tr>
          </thead>
          <tbody>
            {kpi.values.map((v) => (
              <tr key={v.id}>
                <th scope="row">{v.period}</th>
                <td className="num">{formatKpiValue(v.value, kpi.unit, kpi.moneyStyle)}</td>
                <td>{(kpi.notes[v.id] ?? []).map(noteText).join(", ") || "-"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>목표와 출처</h2>
      <KpiTargetForm
        kpiId={kpi.id}
        version={kpi.version}
        proposalVersion={targetProposal}
        unitLabel={unit.label}
        defaults={{
          target: kpi.targetValue ? toTypedValue(kpi.targetValue, kpi.unit, kpi.moneyStyle) : "",
          targetLabel: kpi.targetLabel ?? "",
          source: kpi.source,
        }}
      />
      <h2>값 입력</h2>
      <KpiValueForm
        kpiId={kpi.id}
        unitLabel={unit.label}
        kindOptions={PERIOD_KIND_OPTIONS}
        existing={kpi.values.flatMap((v) => {
          const periodFields = periodFormValues(v);
          if (!periodFields) return [];
          const typed = toTypedValue(v.value, kpi.unit, kpi.moneyStyle);
          const notes = kpi.notes[v.id] ?? [];
          const lines = (kind: "comparison" | "reference") =>
            notes
              .filter((n) => n.kind === kind)
              .map(noteText)
              .join("\n");
          return [
            {
              id: v.id,
              version: v.version,
              period: v.period,
              periodFields,
              typed,
              comparisons: lines("comparison"),
              references: lines("reference"),
              proposalVersion: kpi.openProposals[v.id],
            },
          ];
        })}
      />
    </main>
  );
}
