import "server-only";
import { asc } from "drizzle-orm";
import { db } from "@/db";
import { agencyNames, departmentNames } from "@/db/schema";

type FormerName = { name: string; usedUntil: string };
export type NameHistory = { departments: Map<number, FormerName[]>; agencies: Map<number, FormerName[]> };

function group<T extends { usedUntil: string; name: string }>(rows: (T & { ownerId: number })[]) {
  const map = new Map<number, FormerName[]>();
  for (const r of rows) {
    const list = map.get(r.ownerId) ?? [];
    list.push({ name: r.name, usedUntil: r.usedUntil });
    map.set(r.ownerId, list);
  }
  return map;
}

/** Former names of departments and bodies; a handful of rows, read whole. */
export async function loadNameHistory(): Promise<NameHistory> {
  const [departmentRows, agencyRows] = await Promise.all([
    db
      .select({
        ownerId: departmentNames.departmentId,
        name: departmentNames.name,
        usedUntil: departmentNames.usedUntil,
      })
      .from(departmentNames)
      .orderBy(asc(departmentNames.usedUntil)),
    db
      .select({ ownerId: agencyNames.agencyId, name: agencyNames.name, usedUntil: agencyNames.usedUntil })
      .from(agencyNames)
      .orderBy(asc(agencyNames.usedUntil)),
  ]);
  return { departments: group(departmentRows), agencies: group(agencyRows) };
}

/**
 * The name a record of `year` was published under: a body renamed on 2024-05-17 keeps its old name
 * on 2023 awards and shows the new one from 2024 on.
 */
export function nameForYear(history: FormerName[] | undefined, currentName: string, year: number): string {
  const recordDate = `${year}-12-31`;
  for (const former of history ?? []) if (recordDate < former.usedUntil) return former.name;
  return currentName;
}
