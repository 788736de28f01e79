import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { editionAreas, editions, policyPoints, submissions, years } from "@/db/schema";
import { nextSerial } from "./records";

/** Fixture rows for the edition actions: the seeded 2023 edition (open) is the one edited. */

export const areas2023 = (db: Db) =>
  db.select().from(editionAreas).where(eq(editionAreas.year, 2023)).orderBy(editionAreas.sortOrder).all();

/** A point of its own at the end of the first 2023 area, so "up" always has a place to go. */
export const insertPoint2023 = (db: Db) =>
  db
    .insert(policyPoints)
    .values({ year: 2023, areaId: areas2023(db)[0].areaId, text: "시험 항목", sortOrder: 1000 + nextSerial() })
    .returning()
    .get();

/** A pending proposal of a 2023 point by a department's officer. */
export const insertPointProposal = (db: Db, departmentId: number, submittedBy: number) =>
  db
    .insert(submissions)
    .values({
      entityType: "policy_point",
      action: "create",
      payload: { year: 2023, areaId: areas2023(db)[0].areaId, parentId: null, text: "제안 항목" },
      year: 2023,
      departmentId,
      submittedBy,
    })
    .returning()
    .get();

/** The draft edition waiting to be published, or a new one after the latest (few years are used). */
export function draftEdition(db: Db) {
  const draft = db.select().from(editions).where(eq(editions.status, "draft")).get();
  if (draft) return draft;
  const latest = db.select().from(editions).orderBy(desc(editions.year)).limit(1).get()!;
  const year = latest.year + 1;
  db.insert(years).values({ year }).onConflictDoNothing().run();
  return db.insert(editions).values({ year }).returning().get();
}
