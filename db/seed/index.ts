import { count, eq } from "drizzle-orm";
import type { Db } from "../client";
import { fillMissingAwardSearch } from "../award-search";
import { bumpAllPublications } from "../publication";
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
export function seedRecord(db: Db): { seeded: boolean } {
  // The record is Jincheon's, so it comes with Jincheon's identity (kept if one is already set).
  seedOrganisation(db);
  const [{ n }] = db.select({ n: count() }).from(t.departments).all();
  if (n > 0) return { seeded: false };

  db.transaction((tx) => {
    const at = SEED_TIMESTAMP;
    const departmentIds = new Map<string, number>();
    seedDepartments.forEach((name, i) => {
      const row = tx
        .insert(t.departments)
        .values({ name, sortOrder: i, createdAt: at, updatedAt: at })
        .returning({ id: t.departments.id })
        .get();
      departmentIds.set(name, row.id);
    });
    for (const { alias, department } of seedDepartmentAliases) {
      tx.insert(t.departmentAliases)
        .values({ alias, departmentId: departmentIds.get(department)! })
        .run();
    }

    const agencyIds = new Map<string, number>();
    seedAgencies.forEach(({ name, kind }, i) => {
      const row = tx
        .insert(t.agencies)
        .values({ name, kind, sortOrder: i, createdAt: at, updatedAt: at })
        .returning({ id: t.agencies.id })
        .get();
      agencyIds.set(name, row.id);
    });

    for (const y of seedYears) {
      tx.insert(t.years)
        .values({
          year: y.year,
          baselineAwardCount: y.baselineAwardCount,
          baselineIncentiveWon:
            y.baselineIncentiveMillionWon === null ? null : mustParseMillionWon(y.baselineIncentiveMillionWon),
          updatedAt: at,
        })
        .run();
    }

    awards2023.forEach((a, i) => {
      const agencyId = agencyIds.get(a.agency);
      if (!agencyId) throw new Error(`seed: unknown agency ${a.agency}`);
      const award = tx
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
        .returning({ id: t.awards.id })
        .get();
      for (const name of a.departments) {
        const departmentId = departmentIds.get(name);
        if (!departmentId) throw new Error(`seed: unknown department ${name}`);
        tx.insert(t.awardDepartments).values({ awardId: award.id, departmentId }).run();
      }
    });

    const areaIds = new Map<string, number>();
    seedPolicyAreas.forEach((area, i) => {
      const row = tx
        .insert(t.policyAreas)
        .values({ slug: area.slug, title: area.title, sortOrder: i + 1 })
        .returning({ id: t.policyAreas.id })
        .get();
      areaIds.set(area.slug, row.id);
      let order = 0;
      for (const point of area.points) {
        const parent = tx
          .insert(t.policyPoints)
          .values({ areaId: row.id, text: point.text, quotesTotal: point.quotesTotal ?? null, sortOrder: ++order })
          .returning({ id: t.policyPoints.id })
          .get();
        for (const child of point.children ?? []) {
          tx.insert(t.policyPoints)
            .values({ areaId: row.id, parentId: parent.id, text: child, sortOrder: ++order })
            .run();
        }
      }
    });

    seedKpis.forEach((k, i) => {
      const kpi = tx
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
        .returning({ id: t.kpis.id })
        .get();
      const value = tx
        .insert(t.kpiValues)
        .values({
          kpiId: kpi.id,
          ...periodFields(k.period),
          value: k.value,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: t.kpiValues.id })
        .get();
      (k.notes ?? []).forEach((note, j) => {
        tx.insert(t.kpiValueNotes)
          .values({
            kpiValueId: value.id,
            kind: note.kind,
            label: note.label,
            value: note.kind === "reference" ? note.value : null,
            unit: note.kind === "reference" ? note.unit : null,
            sortOrder: j,
          })
          .run();
      });
    });
    fillMissingAwardSearch(tx);
    // Seeding writes no audit rows, so it records the publication itself.
    bumpAllPublications(tx);
  });
  return { seeded: true };
}

export function departmentIdByName(db: Db, name: string): number | undefined {
  return db.select({ id: t.departments.id }).from(t.departments).where(eq(t.departments.name, name)).get()?.id;
}
