import { noteText, targetText } from "@/components/kpis/kpi-text";
import type { CsvColumn } from "@/lib/csv";
import type { KpiPoint, PolicyAreaWithKpis, PublicKpi } from "@/lib/data/public-kpis";
import { formatKpiValue } from "@/lib/format";

/** One KPI figure: a KPI in its area with one of its recorded periods (or none yet). */
export type KpiRow = { area: PolicyAreaWithKpis; kpi: PublicKpi; point: KpiPoint | null };

/** Every figure the API publishes, in its order: areas, their KPIs, each KPI's periods oldest first. */
export function kpiRows(areas: PolicyAreaWithKpis[]): KpiRow[] {
  return areas.flatMap((area) =>
    area.kpis.flatMap((kpi): KpiRow[] =>
      kpi.values.length ? kpi.values.map((point) => ({ area, kpi, point })) : [{ area, kpi, point: null }],
    ),
  );
}

/**
 * A stored decimal as a number when the number says exactly the same (so a spreadsheet can sum it
 * and a negative value is not taken for a formula), otherwise as its text.
 */
export function exactNumber(value: string | null | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) && String(n) === value ? n : value;
}

/**
 * The KPI download, one row per figure and period, with the same words as /api/v1/kpis. 값 is the
 * stored decimal as is (exact: "1.107", "1219000000000"), 표기 the figure as the page prints it.
 */
export function kpiCsvColumns(): CsvColumn<KpiRow>[] {
  return [
    { header: "분야", value: (r) => r.area.title },
    { header: "지표", value: (r) => r.kpi.name },
    { header: "지표 ID", value: (r) => r.kpi.slug },
    { header: "단위", value: (r) => r.kpi.unit },
    { header: "기간", value: (r) => r.point?.period ?? null },
    { header: "값", value: (r) => exactNumber(r.point?.value) },
    { header: "표기", value: (r) => (r.point ? formatKpiValue(r.point.value, r.kpi.unit, r.kpi.moneyStyle) : null) },
    { header: "비교·참고", value: (r) => r.point?.notes.map(noteText).join("; ") || null },
    { header: "목표", value: (r) => targetText(r.kpi) },
    // Null where the source names no owner, as in the API: an assignment is not published as fact.
    { header: "담당부서", value: (r) => r.kpi.department?.name ?? null },
    { header: "출처", value: (r) => r.kpi.source },
  ];
}

export const kpisFilename = (format: "csv" | "xlsx") => `kpis.${format}`;
