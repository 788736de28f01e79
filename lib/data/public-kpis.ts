import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/db";
import { ascending } from "@/db/sql";
import {
  departments,
  kpis,
  kpiValueNotes,
  kpiValues,
  policyAreas,
  policyPoints,
  type MoneyStyle,
  type PeriodKind,
} from "@/db/schema";
import { CACHE_TAGS } from "@/lib/cache-tags";
import type { QuotedTotal } from "@/lib/narrative/quoted-total";

// Public reads take no viewer: they return only published, non-deleted rows, which anyone may see.

export type KpiNote = { kind: "comparison" | "reference"; label: string; value: string | null; unit: string | null };
export type KpiPoint = {
  id: number;
  period: string;
  periodKind: PeriodKind;
  periodFrom: string | null;
  periodTo: string | null;
  /** Sortable end of the period; null when the source gives none (then `period` says so). */
  periodEnd: string | null;
  value: string;
  notes: KpiNote[];
};
export type PublicKpi = {
  id: number;
  slug: string;
  areaSlug: string;
  name: string;
  unit: string;
  moneyStyle: MoneyStyle | null;
  target: { value: string; label: string | null } | null;
  source: string;
  headline: boolean;
  /** The owning department where the source records one; null where the county assigned it. */
  department: { id: number; name: string } | null;
  /** Every period recorded, oldest first; the last one is the current figure. */
  values: KpiPoint[];
};
export type PolicyPointNode = {
  id: number;
  text: string;
  /** The totals the sentence quotes, when it quotes some. */
  quotesTotal: QuotedTotal | null;
  children: { id: number; text: string }[];
};
export type PolicyAreaWithKpis = {
  id: number;
  slug: string;
  title: string;
  points: PolicyPointNode[];
  kpis: PublicKpi[];
};

async function loadKpis(): Promise<PublicKpi[]> {
  const rows = await db
    .select({ kpi: kpis, areaSlug: policyAreas.slug, departmentName: departments.name })
    .from(kpis)
    .innerJoin(policyAreas, eq(policyAreas.id, kpis.areaId))
    .innerJoin(departments, eq(departments.id, kpis.departmentId))
    .where(isNull(kpis.deletedAt))
    .orderBy(asc(policyAreas.sortOrder), asc(kpis.sortOrder), asc(kpis.id));
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
        // An undated value (the source gave no period) sorts first on both dialects, so the last
        // value, which the pages show as current, is the latest dated one.
        .orderBy(ascending(kpiValues.periodEnd), asc(kpiValues.id))
    : [];
  const notes = values.length
    ? await db
        .select()
        .from(kpiValueNotes)
        .where(
          inArray(
            kpiValueNotes.kpiValueId,
            values.map((v) => v.id),
          ),
        )
        .orderBy(asc(kpiValueNotes.sortOrder))
    : [];
  const notesByValue = new Map<number, KpiNote[]>();
  for (const n of notes) {
    const list = notesByValue.get(n.kpiValueId) ?? [];
    list.push({ kind: n.kind, label: n.label, value: n.value, unit: n.unit });
    notesByValue.set(n.kpiValueId, list);
  }
  const valuesByKpi = new Map<number, KpiPoint[]>();
  for (const v of values) {
    const list = valuesByKpi.get(v.kpiId) ?? [];
    list.push({
      id: v.id,
      period: v.period,
      periodKind: v.periodKind,
      periodFrom: v.periodFrom,
      periodTo: v.periodTo,
      periodEnd: v.periodEnd,
      value: v.value,
      notes: notesByValue.get(v.id) ?? [],
    });
    valuesByKpi.set(v.kpiId, list);
  }
  return rows.map(({ kpi, areaSlug, departmentName }) => ({
    id: kpi.id,
    slug: kpi.slug,
    areaSlug,
    name: kpi.name,
    unit: kpi.unit,
    moneyStyle: kpi.moneyStyle,
    target: kpi.targetValue ? { value: kpi.targetValue, label: kpi.targetLabel } : null,
    source: kpi.source,
    headline: kpi.headline,
    // An owner the county assigned (the source names none) is not the public's fact to read.
    department: kpi.ownerAssigned ? null : { id: kpi.departmentId, name: departmentName },
    values: valuesByKpi.get(kpi.id) ?? [],
  }));
}

export async function listPublicKpis(): Promise<PublicKpi[]> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.kpis, CACHE_TAGS.registry);
  return await loadKpis();
}

/** The nine policy areas with their narrative points (nested) and KPI figures. */
export async function listPolicyAreas(): Promise<PolicyAreaWithKpis[]> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.kpis, CACHE_TAGS.registry, CACHE_TAGS.narrative);
  const [areas, points, allKpis] = await Promise.all([
    db.select().from(policyAreas).orderBy(asc(policyAreas.sortOrder)),
    // The narrative of the latest published edition (lib/data/public-editions.ts reads any edition's).
    db
      .select()
      .from(policyPoints)
      .where(eq(policyPoints.year, sql`(select max(year) from editions where status = 'published')`))
      .orderBy(asc(policyPoints.areaId), asc(policyPoints.sortOrder)),
    loadKpis(),
  ]);
  return areas.map((area) => {
    const own = points.filter((p) => p.areaId === area.id);
    const top = own.filter((p) => p.parentId === null);
    return {
      id: area.id,
      slug: area.slug,
      title: area.title,
      points: top.map((p) => ({
        id: p.id,
        text: p.text,
        quotesTotal: p.quotesTotal,
        children: own.filter((c) => c.parentId === p.id).map((c) => ({ id: c.id, text: c.text })),
      })),
      kpis: allKpis.filter((k) => k.areaSlug === area.slug),
    };
  });
}

/** Every narrative sentence that quotes a year's totals, with the figures it quotes. */
export async function listQuotedTotals(): Promise<QuotedTotal[]> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.kpis);
  const rows = await db
    .select({ quote: policyPoints.quotesTotal })
    .from(policyPoints)
    .where(isNotNull(policyPoints.quotesTotal))
    .orderBy(asc(policyPoints.areaId), asc(policyPoints.sortOrder));
  return rows.flatMap((r) => (r.quote ? [r.quote] : []));
}
