import type { PolicyAreaWithKpis } from "@/lib/data/public-kpis";
import { formatKpiValue } from "@/lib/format";
import type { Licence } from "@/lib/organisation";

/**
 * KPI figures as the open data API publishes them. Values stay exact decimal text ("1.107",
 * "1219000000000" won) as stored; `formatted` is the figure as the document prints it.
 */
export function toKpisJson(areas: PolicyAreaWithKpis[], licence: Licence) {
  return {
    data: areas.flatMap((area) =>
      area.kpis.map((k) => ({
        slug: k.slug,
        name: k.name,
        area: { slug: area.slug, title: area.title },
        unit: k.unit,
        moneyStyle: k.moneyStyle,
        // Null where the source names no owner (the county's assignment is not published as fact).
        department: k.department?.name ?? null,
        source: k.source,
        headline: k.headline,
        target: k.target
          ? {
              value: k.target.value,
              label: k.target.label,
              formatted: formatKpiValue(k.target.value, k.unit, k.moneyStyle),
            }
          : null,
        values: k.values.map((v) => ({
          period: v.period,
          periodKind: v.periodKind,
          periodFrom: v.periodFrom,
          periodTo: v.periodTo,
          periodEnd: v.periodEnd,
          value: v.value,
          formatted: formatKpiValue(v.value, k.unit, k.moneyStyle),
          notes: v.notes,
        })),
      })),
    ),
    license: licence,
  };
}

export type KpisJson = ReturnType<typeof toKpisJson>;
