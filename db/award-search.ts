import { eq, inArray, sql, type SQL } from "drizzle-orm";
import { awardSearchText, titleSortKey } from "@/lib/search/normalize";
import type { Executor } from "./client";
import { awardDepartments, awards } from "./schema";

/**
 * Keeps `awards.search_text` and `awards.title_sort` (lib/search/normalize.ts) in step with what
 * they are computed from: an award's title, grade, body and departments, and those names as
 * published on the record, which a registry rename changes for the awards dated after it.
 *
 * Synchronous on purpose: its callers run inside better-sqlite3 transactions (award-records.ts,
 * registry-edits.ts, the seed) and in openDatabase after migrating, none of which can await yet.
 * It turns async together with them (issue #14).
 */

// The name in force at the end of the award's year: the earliest former name kept until after
// that day, or the current one (the same rule as nameForYear in lib/data/names.ts). SQLite SQL.
// Outer columns are written out: Drizzle leaves a selected column unqualified, which inside these
// subqueries would name the inner tables' columns.
const publishedAgencyName = sql<string>`coalesce((
  select n.name from agency_names n
  where n.agency_id = awards.agency_id and n.used_until > (awards.year || '-12-31')
  order by n.used_until limit 1
), (select g.name from agencies g where g.id = awards.agency_id))`;

const publishedDepartmentNames = sql<string>`(
  select json_group_array(coalesce((
    select n.name from department_names n
    where n.department_id = d.id and n.used_until > (awards.year || '-12-31')
    order by n.used_until limit 1
  ), d.name))
  from award_departments ad join departments d on d.id = ad.department_id
  where ad.award_id = awards.id
)`;

const WRITE_CHUNK = 1_000;

/** Recomputes the search columns of the awards matching `which` (a condition on `awards`). */
export function refreshAwardSearch(tx: Executor, which: SQL | undefined): number {
  const rows = tx
    .select({
      id: awards.id,
      title: awards.title,
      grade: awards.grade,
      agencyName: publishedAgencyName,
      departmentNames: publishedDepartmentNames,
    })
    .from(awards)
    .where(which)
    .all();
  // Written back in chunks, each one UPDATE over a JSON array (SQLite's UPDATE … FROM json_each):
  // a statement per award took a minute for 100,000 awards.
  for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
    const values = rows.slice(i, i + WRITE_CHUNK).map((r) => ({
      id: r.id,
      s: awardSearchText({
        title: r.title,
        grade: r.grade,
        agencyName: r.agencyName,
        departmentNames: JSON.parse(r.departmentNames) as string[],
      }),
      t: titleSortKey(r.title),
    }));
    tx.run(sql`update awards set search_text = v.value ->> 's', title_sort = v.value ->> 't'
      from json_each(${JSON.stringify(values)}) v where awards.id = v.value ->> 'id'`);
  }
  return rows.length;
}

export const awardsOfDepartment = (departmentId: number): SQL =>
  inArray(
    awards.id,
    sql`(select ${awardDepartments.awardId} from ${awardDepartments} where ${awardDepartments.departmentId} = ${departmentId})`,
  );

export const awardsOfAgency = (agencyId: number): SQL => eq(awards.agencyId, agencyId);

/**
 * Fills the search columns of awards written without them: rows that existed before the columns
 * did (the data step of migration award_search_text) and rows a bulk loader inserts directly.
 */
export function fillMissingAwardSearch(tx: Executor): number {
  return refreshAwardSearch(tx, sql`${awards.searchText} is null or ${awards.titleSort} is null`);
}
