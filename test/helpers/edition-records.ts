import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { editionAreas, editions, policyPoints, submissions, years } from "@/db/schema";
import { nextSerial } from "./records";

/** Fixture rows for the edition actions: the seeded 2023 edition (open) is the one edited. */

export const areas2023 = async (db: Db) =>
  await db.select().from(editionAreas).where(eq(editionAreas.year, 2023)).orderBy(editionAreas.sortOrder);

/** A point of its own at the end of the first 2023 area, so "up" always has a place to go. */
export const insertPoint2023 = async (db: Db) =>
  (
    await db
      .insert(policyPoints)
      .values({
        year: 2023,
        areaId: (await areas2023(db))[0].areaId,
        text: "시험 항목",
        sortOrder: 1000 + nextSerial(),
      })
      .returning()
  )[0];

/** A pending proposal of a 2023 point by a department's officer. */
export const insertPointProposal = async (db: Db, departmentId: number, submittedBy: number) =>
  (
    await db
      .insert(submissions)
      .values({
        entityType: "policy_point",
        action: "create",
        payload: { year: 2023, areaId: (await areas2023(db))[0].areaId, parentId: null, text: "제안 항목" },
        year: 2023,
        departmentId,
        submittedBy,
      })
      .returning()
  )[0];

/** The draft edition waiting to be published, or a new one after the latest (few years are used). */
export async function draftEdition(db: Db) {
  const draft = (await db.select().from(editions).where(eq(editions.status, "draft")))[0];
  if (draft) return draft;
  const latest = (await db.select().from(editions).orderBy(desc(editions.year)).limit(1))[0]!;
  const year = latest.year + 1;
  await db.insert(years).values({ year }).onConflictDoNothing();
  return (await db.insert(editions).values({ year }).returning())[0];
}
