import { db } from "@/db";
import { seedRecord } from "@/db/seed";

/** The test file's database with the 2023 record loaded (once per file). */
export async function seededDb() {
  await seedRecord(db);
  return db;
}
