import type { MoneyStyle } from "@/db/schema";
import { formatIsoDay, formatKpiValue, formatMillionWon } from "@/lib/format";
import type { AwardChange } from "./effect";

/** One line of the before/after view: what is published now, what the proposal makes it, and whether an edit changes it. */
export type ChangeRow = { label: string; before: string | null; after: string | null; changed: boolean };

export type NameLookup = {
  agency: (id: number) => string;
  department: (id: number) => string;
  kpi: (id: number) => { name: string; unit: string; moneyStyle: MoneyStyle | null } | undefined;
  area?: (id: number) => string;
};

/** The proposal under review, as lib/data/submissions.ts reads it. */
export type Proposal = {
  entityType: "award" | "kpi_value" | "kpi";
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
    // Proposals from before these fields existed have neither: shown as none, like an empty field.
    { label: "수상일", show: (r) => (typeof r.awardedOn === "string" ? formatIsoDay(r.awardedOn) : "-") },
    { label: "비고", show: (r) => (typeof r.remarks === "string" ? r.remarks : "-") },
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
    // Proposals from before notes travelled with values carry none: shown as not given.
    {
      label: "비교·참고",
      show: (r) => (Array.isArray(r.notes) ? (r.notes as Note[]).map(noteLine).join(", ") || "-" : "-"),
    },
  ];
}

type Note = { kind?: string; label?: string; value?: string | null; unit?: string | null };
const noteLine = (n: Note) => (n.value ? `${n.label} ${n.value}${n.unit ?? ""}` : String(n.label ?? ""));

/** A KPI definition (new, or its target and source corrected); values in the KPI's own unit. */
function kpiDefinitionFields(names: NameLookup): Field[] {
  const shown = (r: Record<string, unknown>, value: unknown) => {
    if (typeof value !== "string") return "-";
    const unit = String(r.unit ?? "");
    const style = (r.moneyStyle as MoneyStyle | null | undefined) ?? null;
    return unit ? formatKpiValue(value, unit, style) : value;
  };
  const first = (r: Record<string, unknown>) => r.first as { period?: string; value?: string; notes?: Note[] } | null;
  return [
    { label: "지표명", show: (r) => String(r.name ?? "-") },
    {
      label: "정책 분야",
      show: (r) => (typeof r.areaId === "number" ? (names.area?.(r.areaId) ?? `분야 #${r.areaId}`) : "-"),
    },
    { label: "담당부서", show: (r) => (typeof r.departmentId === "number" ? names.department(r.departmentId) : "-") },
    { label: "단위", show: (r) => String(r.unit ?? "-") },
    {
      label: "목표",
      show: (r) => (r.targetValue ? `${r.targetLabel ? `${r.targetLabel} ` : ""}${shown(r, r.targetValue)}` : "-"),
    },
    { label: "출처", show: (r) => String(r.source ?? "-") },
    { label: "첫 값", show: (r) => (first(r) ? `${first(r)!.period} ${shown(r, first(r)!.value)}` : "-") },
    { label: "비교·참고", show: (r) => first(r)?.notes?.map(noteLine).join(", ") || "-" },
  ];
}

export function changeRows(p: Proposal, names: NameLookup): ChangeRow[] {
  const fields =
    p.entityType === "award"
      ? awardFields(names)
      : p.entityType === "kpi"
        ? kpiDefinitionFields(names)
        : kpiFields(names);
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
