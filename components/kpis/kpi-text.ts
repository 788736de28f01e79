import type { KpiNote, KpiPoint, PublicKpi } from "@/lib/data/public-kpis";
import { formatKpiValue, groupDigits } from "@/lib/format";

/** The figure shown today: values are kept oldest first. */
export function currentPoint(kpi: PublicKpi): KpiPoint | undefined {
  return kpi.values.at(-1);
}

export function kpiValueText(kpi: PublicKpi, value: string): string {
  return formatKpiValue(value, kpi.unit, kpi.moneyStyle);
}

/** "도내 1위" as printed, or a reference value with its unit: "전국 0.778명". */
export function noteText(note: KpiNote): string {
  if (note.value === null) return note.label;
  return `${note.label} ${groupDigits(note.value)}${note.unit ?? ""}`;
}

/** "민선 8기 목표 6,500만원" */
export function targetText(kpi: PublicKpi): string | null {
  if (!kpi.target) return null;
  const value = kpiValueText(kpi, kpi.target.value);
  return kpi.target.label ? `${kpi.target.label} ${value}` : `목표 ${value}`;
}
