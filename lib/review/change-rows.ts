import type { MoneyStyle } from "@/db/schema";
import { formatKpiValue, formatMillionWon } from "@/lib/format";
import type { AwardChange } from "./effect";

/** One line of the before/after view: what is published now, what the proposal makes it, and whether an edit changes it. */
export type ChangeRow = { label: string; before: string | null; after: string | null; changed: boolean };

export type NameLookup = {
  agency: (id: number) => string;
  department: (id: number) => string;
  kpi: (id: number) => { name: string; unit: string; moneyStyle: MoneyStyle | null } | undefined;
};

/** The proposal under review, as lib/data/submissions.ts reads it. */
export type Proposal = {
  entityType: "award" | "kpi_value";
  action: "create" | "update" | "delete";
  /** The proposed content; for a delete, the record as it was. */
  content: Record<string, unknown>;
  published: Record<string, unknown> | null;
};

type Field = { label: string; show: (record: Record<string, unknown>) => string };

const num = (v: unknown) => (typeof v === "number" ? v : null);
// A proposal carries the form's `incentive`; a published award (and a deletion's copy of it) `incentiveWon`. Both are won.
const incentiveOf = (r: Record<string, unknown>) => num("incentive" in r ? r.incentive : r.incentiveWon);
const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is number => typeof x === "number") : []);

/** A body proposed with the award (not in the registry yet): its name, marked as new. */
export function proposedAgencyName(r: Record<string, unknown>): string | null {
  const proposed = r.newAgency as { name?: unknown } | undefined;
  return proposed && typeof proposed.name === "string" ? `${proposed.name} (새 주관기관 제안)` : null;
}

function awardFields(names: NameLookup): Field[] {
  return [
    { label: "연도", show: (r) => String(r.year ?? "") },
    { label: "수상명", show: (r) => String(r.title ?? "") },
    { label: "주관기관", show: (r) => proposedAgencyName(r) ?? names.agency(Number(r.agencyId)) },
    { label: "등급", show: (r) => (r.grade ? String(r.grade) : "-") },
    { label: "인센티브(백만원)", show: (r) => formatMillionWon(incentiveOf(r)) },
    { label: "담당부서", show: (r) => ids(r.departmentIds).map(names.department).join(", ") },
  ];
}

function kpiFields(names: NameLookup): Field[] {
  const kpiOf = (r: Record<string, unknown>) => names.kpi(Number(r.kpiId));
  return [
    { label: "지표", show: (r) => kpiOf(r)?.name ?? `지표 #${String(r.kpiId)}` },
    { label: "기간", show: (r) => String(r.period ?? "") },
    {
      label: "값",
      show: (r) => {
        const kpi = kpiOf(r);
        return kpi ? formatKpiValue(String(r.value), kpi.unit, kpi.moneyStyle) : String(r.value ?? "");
      },
    },
  ];
}

export function changeRows(p: Proposal, names: NameLookup): ChangeRow[] {
  const fields = p.entityType === "award" ? awardFields(names) : kpiFields(names);
  const before = p.action === "create" ? null : (p.published ?? (p.action === "delete" ? p.content : null));
  const after = p.action === "delete" ? null : p.content;
  return fields.map((f) => {
    const b = before ? f.show(before) : null;
    const a = after ? f.show(after) : null;
    // A whole record added or removed has nothing to compare line by line.
    return { label: f.label, before: b, after: a, changed: b !== null && a !== null && b !== a };
  });
}

/** The award's year and incentive before and after, for the totals preview; null for KPI values. */
export function awardChange(p: Proposal): AwardChange | null {
  if (p.entityType !== "award") return null;
  const side = (r: Record<string, unknown> | null) =>
    r ? { year: Number(r.year), incentiveWon: incentiveOf(r) } : null;
  return {
    before: p.action === "create" ? null : side(p.published ?? p.content),
    after: p.action === "delete" ? null : side(p.content),
  };
}
