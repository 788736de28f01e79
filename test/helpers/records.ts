import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { fillMissingAwardSearch } from "@/db/award-search";
import {
  agencies,
  awardDepartments,
  awards,
  departments,
  kpis,
  policyAreas,
  submissions,
  users,
  yearEvents,
  years,
} from "@/db/schema";
import { departmentIdByName } from "@/db/seed";
import { YEAR_MIN } from "@/lib/validations/year";

/**
 * Rows a test needs for one case, written straight to the tables (no data function, no audit row)
 * so each case starts from its own target and no case depends on what another did.
 */

let serial = 0;
/** A number no other fixture in this test file has used. */
export const nextSerial = () => ++serial;

export async function departmentId(db: Db, name: string): Promise<number> {
  const id = await departmentIdByName(db, name);
  if (id === undefined) throw new Error(`no department ${name}`);
  return id;
}

export async function firstAgencyId(db: Db): Promise<number> {
  return (await db.select({ id: agencies.id }).from(agencies).orderBy(asc(agencies.id)))[0]!.id;
}

export type AwardFixture = { id: number; version: number; title: string; agencyId: number; departmentIds: number[] };

export async function insertAward(
  db: Db,
  options: { departmentIds: number[]; title?: string; year?: number; deleted?: boolean },
): Promise<AwardFixture> {
  const agencyId = await firstAgencyId(db);
  const title = options.title ?? `시험용 수상 실적 ${nextSerial()}`;
  const { id } = (
    await db
      .insert(awards)
      .values({
        year: options.year ?? 2023,
        title,
        grade: "우수",
        incentiveWon: 1_000_000,
        agencyId,
        deletedAt: options.deleted ? new Date() : null,
      })
      .returning({ id: awards.id })
  )[0];
  for (const departmentId of options.departmentIds)
    await db.insert(awardDepartments).values({ awardId: id, departmentId });
  await fillMissingAwardSearch(db);
  return { id, version: 1, title, agencyId, departmentIds: options.departmentIds };
}

/** The award form's fields for new content of an award, as the browser would post them. */
export async function awardFields(
  db: Db,
  departmentIds: number[],
  title = `수정한 수상명 ${nextSerial()}`,
): Promise<[string, string][]> {
  return [
    ["year", "2023"],
    ["title", title],
    ["agencyId", String(await firstAgencyId(db))],
    ["grade", "최우수"],
    ["incentive", "1.5"],
    ...departmentIds.map((id): [string, string] => ["departmentIds", String(id)]),
  ];
}

/** An officer's open proposal to create a new award, as saveAward would have stored it. */
export async function insertNewAwardSubmission(
  db: Db,
  options: { departmentId: number; submittedBy: number; status?: "pending" | "returned" },
): Promise<{ id: number; version: number }> {
  const content = {
    year: 2023,
    title: `제출한 수상 실적 ${nextSerial()}`,
    agencyId: await firstAgencyId(db),
    grade: null,
    incentive: 500_000,
    departmentIds: [options.departmentId],
  };
  const row = (
    await db
      .insert(submissions)
      .values({
        entityType: "award",
        action: "create",
        payload: content,
        year: 2023,
        departmentId: options.departmentId,
        status: options.status ?? "pending",
        submittedBy: options.submittedBy,
      })
      .returning({ id: submissions.id, version: submissions.version })
  )[0];
  return row;
}

export async function insertUser(
  db: Db,
  options: { departmentId: number | null; passwordHash?: string; username?: string },
): Promise<{ id: number; username: string }> {
  const username = options.username ?? `fixture-user-${nextSerial()}`;
  const { id } = (
    await db
      .insert(users)
      .values({
        username,
        displayName: `시험 계정 ${username}`,
        role: "officer",
        departmentId: options.departmentId,
        passwordHash: options.passwordHash ?? "not-a-hash",
      })
      .returning({ id: users.id })
  )[0];
  return { id, username };
}

export async function insertKpi(db: Db, departmentId: number): Promise<{ id: number }> {
  const n = nextSerial();
  const areaId = (await db.select({ id: policyAreas.id }).from(policyAreas).orderBy(asc(policyAreas.id)))[0]!.id;
  return (
    await db
      .insert(kpis)
      .values({ slug: `fixture-kpi-${n}`, areaId, departmentId, name: `시험 지표 ${n}`, unit: "개", source: "시험" })
      .returning({ id: kpis.id })
  )[0];
}

export async function insertDepartment(db: Db): Promise<{ id: number; name: string }> {
  const name = `시험부서${nextSerial()}과`;
  const { id } = (await db.insert(departments).values({ name }).returning({ id: departments.id }))[0];
  return { id, name };
}

/**
 * An open year no other fixture uses: a year before the record (2022–), so no award depends on it,
 * and within the one year rule (lib/validations/year.ts) that forms and actions accept. There are
 * only 22 such years, so a file that needs more takes back the oldest one this helper made.
 */
let yearSerial = 0;
export async function insertOpenYear(db: Db): Promise<number> {
  const year = YEAR_MIN + (yearSerial++ % 22);
  await db.delete(yearEvents).where(eq(yearEvents.year, year));
  await db.delete(years).where(eq(years.year, year));
  await db.insert(years).values({ year });
  return year;
}

export async function awardRow(db: Db, id: number) {
  return (await db.select().from(awards).where(eq(awards.id, id)))[0];
}

export function formData(fields: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}
