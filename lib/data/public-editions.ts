import "server-only";
import { desc, eq } from "drizzle-orm";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/db";
import { editions, policyAreas } from "@/db/schema";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { checkYear } from "@/lib/validations/cached-args";
import { editionTree } from "./edition-records";
import { listPublicKpis, type PolicyAreaWithKpis, type PublicKpi } from "./public-kpis";

// Public reads take no viewer: a draft edition does not exist for them (null, as an unknown year).

export type PublicEdition = { year: number; firstPublishedAt: Date; areas: PolicyAreaWithKpis[] };

/** Published editions' years, newest first. */
export async function listPublishedEditionYears(): Promise<number[]> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.narrative);
  const rows = await db
    .select({ year: editions.year })
    .from(editions)
    .where(eq(editions.status, "published"))
    .orderBy(desc(editions.year));
  return rows.map((r) => r.year);
}

/**
 * A KPI as one edition shows it: the values of periods that end by that year (and those the source
 * gives no period for), so a later edition's figures never appear in an earlier year's page.
 */
function asOfYear(kpi: PublicKpi, year: number): PublicKpi {
  return { ...kpi, values: kpi.values.filter((v) => v.periodEnd === null || Number(v.periodEnd.slice(0, 4)) <= year) };
}

/** A published edition: its areas' headlines in order, their narrative points and KPI figures. */
export async function getPublishedEdition(asked: number): Promise<PublicEdition | null> {
  "use cache";
  const year = checkYear(asked);
  cacheLife("max");
  cacheTag(CACHE_TAGS.narrative, CACHE_TAGS.kpis, CACHE_TAGS.registry);
  const [edition] = await db.select().from(editions).where(eq(editions.year, year)).limit(1);
  if (edition?.status !== "published" || !edition.firstPublishedAt) return null;
  const [tree, slugs, kpis] = await Promise.all([
    editionTree(db, year),
    db.select({ id: policyAreas.id, slug: policyAreas.slug }).from(policyAreas),
    listPublicKpis(),
  ]);
  const slugOf = new Map(slugs.map((s) => [s.id, s.slug]));
  return {
    year,
    firstPublishedAt: edition.firstPublishedAt,
    areas: tree.map((area) => {
      const slug = slugOf.get(area.areaId) ?? `area-${area.areaId}`;
      return {
        id: area.areaId,
        slug,
        title: area.title,
        points: area.points.map((p) => ({
          id: p.id,
          text: p.text,
          quotesTotal: p.quotesTotal,
          children: p.children.map((c) => ({ id: c.id, text: c.text })),
        })),
        kpis: kpis.filter((k) => k.areaSlug === slug).map((k) => asOfYear(k, year)),
      };
    }),
  };
}
