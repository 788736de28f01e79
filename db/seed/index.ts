import { count, eq } from "drizzle-orm";
import type { Db } from "../client";
import { fillMissingAwardSearch } from "../award-search";
import { bumpAllPublications } from "../publication";
import { transactionOn } from "../transaction";
import * as t from "../schema";
import { parseMillionWon } from "@/lib/money";
import { periodFields } from "@/lib/validations/period";
import { awards2023, AWARDS_2023_YEAR } from "./awards-2023";
import { seedAgencies } from "./agencies";
import { seedOrganisation } from "./organisation";
import { seedDepartmentAliases, seedDepartments } from "./departments";
import { KPI_SOURCE, seedKpis } from "./kpis";
import { seedPolicyAreas } from "./policy-areas";
import { seedYears } from "./years";

/** Epoch ms of the document's publication, used as the seeded rows' timestamps. */
export const SEED_TIMESTAMP = new Date("2024-01-31T00:00:00+09:00");

function mustParseMillionWon(text: string): number {
  const won = parseMillionWon(text);
  if (won === null) throw new Error(`seed: not a 백만원 amount: ${text}`);
  return won;
}

/**
 * Loads the 2023 record into an empty database. Safe to call again: a database that already holds
 * departments is left alone, so restarting the demo never duplicates or overwrites edits.
 */
export async function seedRecord(db: Db): Promise<{ seeded: boolean }> {
  // The record is Jincheon's, so it comes with Jincheon's identity (kept if one is already set).
  await seedOrganisation(db);
  const [{ n }] = await db.select({ n: count() }).from(t.departments);
  if (n > 0) return { seeded: false };

  await transactionOn(db, async (tx) => {
    const at = SEED_TIMESTAMP;
    const departmentIds = new Map<string, number>();
    for (const [i, name] of seedDepartments.entries()) {
      const [row] = await tx
        .insert(t.departments)
        .values({ name, sortOrder: i, createdAt: at, updatedAt: at })
        .returning({ id: t.departments.id });
      departmentIds.set(name, row.id);
    }
    for (const { alias, department } of seedDepartmentAliases) {
      await tx.insert(t.departmentAliases).values({ alias, departmentId: departmentIds.get(department)! });
    }

    const agencyIds = new Map<string, number>();
    for (const [i, { name, kind }] of seedAgencies.entries()) {
      const [row] = await tx
        .insert(t.agencies)
        .values({ name, kind, sortOrder: i, createdAt: at, updatedAt: at })
        .returning({ id: t.agencies.id });
      agencyIds.set(name, row.id);
    }

    for (const y of seedYears) {
      await tx.insert(t.years).values({
        year: y.year,
        baselineAwardCount: y.baselineAwardCount,
        baselineIncentiveWon:
          y.baselineIncentiveMillionWon === null ? null : mustParseMillionWon(y.baselineIncentiveMillionWon),
        updatedAt: at,
      });
    }

    for (const [i, a] of awards2023.entries()) {
      const agencyId = agencyIds.get(a.agency);
      if (!agencyId) throw new Error(`seed: unknown agency ${a.agency}`);
      const [award] = await tx
        .insert(t.awards)
        .values({
          year: AWARDS_2023_YEAR,
          title: a.title,
          grade: a.grade,
          incentiveWon: a.incentive === null ? null : mustParseMillionWon(a.incentive),
          agencyId,
          sourceOrder: i + 1,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: t.awards.id });
      for (const name of a.departments) {
        const departmentId = departmentIds.get(name);
        if (!departmentId) throw new Error(`seed: unknown department ${name}`);
        await tx.insert(t.awardDepartments).values({ awardId: award.id, departmentId });
      }
    }

    // The transcribed narrative is the 2023 edition, published with the document.
    const year = AWARDS_2023_YEAR;
    await tx
      .insert(t.editions)
      .values({ year, status: "published", firstPublishedAt: at, createdAt: at, updatedAt: at });
    const areaIds = new Map<string, number>();
    for (const [i, area] of seedPolicyAreas.entries()) {
      const [row] = await tx
        .insert(t.policyAreas)
        .values({ slug: area.slug, title: area.title, sortOrder: i + 1 })
        .returning({ id: t.policyAreas.id });
      areaIds.set(area.slug, row.id);
      await tx.insert(t.editionAreas).values({ year, areaId: row.id, title: area.title, sortOrder: i + 1 });
      let order = 0;
      for (const point of area.points) {
        const [parent] = await tx
          .insert(t.policyPoints)
          .values({
            year,
            areaId: row.id,
            text: point.text,
            quotesTotal: point.quotesTotal ?? null,
            sortOrder: ++order,
          })
          .returning({ id: t.policyPoints.id });
        for (const child of point.children ?? []) {
          await tx
            .insert(t.policyPoints)
            .values({ year, areaId: row.id, parentId: parent.id, text: child, sortOrder: ++order });
        }
      }
    }

    for (const [i, k] of seedKpis.entries()) {
      const [kpi] = await tx
        .insert(t.kpis)
        .values({
          slug: k.slug,
          areaId: areaIds.get(k.area)!,
          departmentId: departmentIds.get(k.department)!,
          // The source names no owner for any of its KPIs: every one here was assigned.
          ownerAssigned: true,
          name: k.name,
          unit: k.unit,
          moneyStyle: k.moneyStyle ?? null,
          targetValue: k.target?.value ?? null,
          targetLabel: k.target?.label ?? null,
          source: KPI_SOURCE,
          headline: k.headline ?? false,
          sortOrder: i + 1,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: t.kpis.id });
      const [value] = await tx
        .insert(t.kpiValues)
        .values({
          kpiId: kpi.id,
          ...periodFields(k.period),
          value: k.value,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: t.kpiValues.id });
      for (const [j, note] of (k.notes ?? []).entries()) {
        await tx.insert(t.kpiValueNotes).values({
          kpiValueId: value.id,
          kind: note.kind,
          label: note.label,
          value: note.kind === "reference" ? note.value : null,
          unit: note.kind === "reference" ? note.unit : null,
          sortOrder: j,
        });
      }
    }
    await fillMissingAwardSearch(tx);
    // Seeding writes no audit rows, so it records the publication itself.
    await bumpAllPublications(tx);
  });
  return { seeded: true };
}

export async function departmentIdByName(db: Db, name: string): Promise<number | undefined> {
  const [row] = await db.select({ id: t.departments.id }).from(t.departments).where(eq(t.departments.name, name));
  return row?.id;
}
