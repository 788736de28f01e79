import type { PublicKpi } from "@/lib/data/public-kpis";
import { formatKpiValue, formatMillionWon } from "@/lib/format";
import { proposedAgencyName } from "@/lib/review/change-rows";

type Named = { id: number; name: string };
type KpiRef = Pick<PublicKpi, "id" | "name" | "unit" | "moneyStyle">;

/** One line describing a proposal's content, for lists of submissions. */
export function SubmissionSummary({
  entityType,
  content,
  agencies,
  kpis,
}: {
  entityType: string;
  content: Record<string, unknown>;
  agencies: Named[];
  kpis: KpiRef[];
}) {
  if (entityType === "policy_point")
    return (
      <>
        {String(content.year)}년 판 · {String(content.text)}
      </>
    );
  if (entityType === "kpi_value") {
    const kpi = kpis.find((k) => k.id === content.kpiId);
    return (
      <>
        {kpi?.name ?? "지표"} {String(content.period)}:{" "}
        {kpi ? formatKpiValue(String(content.value), kpi.unit, kpi.moneyStyle) : String(content.value)}
      </>
    );
  }
  if (entityType === "kpi") {
    const target =
      typeof content.targetValue === "string" && typeof content.unit === "string"
        ? formatKpiValue(content.targetValue, content.unit, (content.moneyStyle as KpiRef["moneyStyle"]) ?? null)
        : null;
    return (
      <>
        {String(content.name ?? "지표")} · 단위 {String(content.unit ?? "")}
        {target ? ` · 목표 ${target}` : ""} · 출처 {String(content.source ?? "")}
      </>
    );
  }
  const agency = proposedAgencyName(content) ?? agencies.find((a) => a.id === content.agencyId)?.name ?? "";
  const incentive =
    typeof content.incentive === "number"
      ? content.incentive
      : typeof content.incentiveWon === "number"
        ? content.incentiveWon
        : null;
  return (
    <>
      {String(content.year)} · {String(content.title)} · {agency} ·{" "}
      {content.grade ? String(content.grade) : "등급 없음"} · 인센티브 {formatMillionWon(incentive, { unit: true })}
    </>
  );
}
