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

export function departmentId(db: Db, name: string): number {
  const id = departmentIdByName(db, name);
  if (id === undefined) throw new Error(`no department ${name}`);
  return id;
}

export function firstAgencyId(db: Db): number {
  return db.select({ id: agencies.id }).from(agencies).orderBy(asc(agencies.id)).get()!.id;
}

export type AwardFixture = { id: number; version: number; title: string; agencyId: number; departmentIds: number[] };

export function insertAward(
  db: Db,
  options: { departmentIds: number[]; title?: string; year?: number; deleted?: boolean },
): AwardFixture {
  const agencyId = firstAgencyId(db);
  const title = options.title ?? `시험용 수상 실적 ${nextSerial()}`;
  const { id } = db
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
    .get();
  for (const departmentId of options.departmentIds)
    db.insert(awardDepartments).values({ awardId: id, departmentId }).run();
  fillMissingAwardSearch(db);
  return { id, version: 1, title, agencyId, departmentIds: options.departmentIds };
}

/** The award form's fields for new content of an award, as the browser would post them. */
export function awardFields(
  db: Db,
  departmentIds: number[],
  title = `수정한 수상명 ${nextSerial()}`,
): [string, string][] {
  return [
    ["year", "2023"],
    ["title", title],
    ["agencyId", String(firstAgencyId(db))],
    ["grade", "최우수"],
    ["incentive", "1.5"],
    ...departmentIds.map((id): [string, string] => ["departmentIds", String(id)]),
  ];
}

/** An officer's open proposal to create a new award, as saveAward would have stored it. */
export function insertNewAwardSubmission(
  db: Db,
  options: { departmentId: number; submittedBy: number; status?: "pending" | "returned" },
): { id: number; version: number } {
  const content = {
    year: 2023,
    title: `제출한 수상 실적 ${nextSerial()}`,
    agencyId: firstAgencyId(db),
    grade: null,
    incentive: 500_000,
    departmentIds: [options.departmentId],
  };
  const row = db
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
    .get();
  return row;
}

export function insertUser(
  db: Db,
  options: { departmentId: number | null; passwordHash?: string; username?: string },
): { id: number; username: string } {
  const username = options.username ?? `fixture-user-${nextSerial()}`;
  const { id } = db
    .insert(users)
    .values({
      username,
      displayName: `시험 계정 ${username}`,
      role: "officer",
      departmentId: options.departmentId,
      passwordHash: options.passwordHash ?? "not-a-hash",
    })
    .returning({ id: users.id })
    .get();
  return { id, username };
}

export function insertKpi(db: Db, departmentId: number): { id: number } {
  const n = nextSerial();
  const areaId = db.select({ id: policyAreas.id }).from(policyAreas).orderBy(asc(policyAreas.id)).get()!.id;
  return db
    .insert(kpis)
    .values({ slug: `fixture-kpi-${n}`, areaId, departmentId, name: `시험 지표 ${n}`, unit: "개", source: "시험" })
    .returning({ id: kpis.id })
    .get();
}

export function insertDepartment(db: Db): { id: number; name: string } {
  const name = `시험부서${nextSerial()}과`;
  const { id } = db.insert(departments).values({ name }).returning({ id: departments.id }).get();
  return { id, name };
}

/**
 * An open year no other fixture uses: a year before the record (2022–), so no award depends on it,
 * and within the one year rule (lib/validations/year.ts) that forms and actions accept. There are
 * only 22 such years, so a file that needs more takes back the oldest one this helper made.
 */
let yearSerial = 0;
export function insertOpenYear(db: Db): number {
  const year = YEAR_MIN + (yearSerial++ % 22);
  db.delete(yearEvents).where(eq(yearEvents.year, year)).run();
  db.delete(years).where(eq(years.year, year)).run();
  db.insert(years).values({ year }).run();
  return year;
}

export function awardRow(db: Db, id: number) {
  return db.select().from(awards).where(eq(awards.id, id)).get();
}

export function formData(fields: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}
