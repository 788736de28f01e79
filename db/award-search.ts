import { eq, inArray, sql, type SQL } from "drizzle-orm";
import { awardSearchText, titleSortKey } from "@/lib/search/normalize";
import type { Executor } from "./client";
import { isPostgres } from "./path";
import { execute, queryRows } from "./raw";
import { awardDepartments, awards } from "./schema";

/**
 * Keeps `awards.search_text` and `awards.title_sort` (lib/search/normalize.ts) in step with what
 * they are computed from: an award's title, grade, body and departments, and those names as
 * published on the record, which a registry rename changes for the awards dated after it.
 *
 * Writes await `refreshAwardSearch` in their transaction; the migrations' data step and bulk loaders
 * (the seed, the bench generator) use `fillMissingAwardSearch`, and SQLite's synchronous open
 * (db/client.ts) `fillMissingAwardSearchSync`.
 */

// The name in force at the end of the award's year: the earliest former name kept until after
// that day, or the current one (the same rule as nameForYear in lib/data/names.ts).
// Outer columns are written out: Drizzle leaves a selected column unqualified, which inside these
// subqueries would name the inner tables' columns.
const publishedAgencyName = sql<string>`coalesce((
  select n.name from agency_names n
  where n.agency_id = awards.agency_id and n.used_until > (awards.year || '-12-31')
  order by n.used_until limit 1
), (select g.name from agencies g where g.id = awards.agency_id))`;

// A link a reorganisation moved keeps the department it was published under (published_as).
// A JSON array as text on both dialects (PostgreSQL's json_agg would come back parsed).
const jsonArrayOf = (value: SQL): SQL =>
  isPostgres() ? sql`coalesce(json_agg(${value})::text, '[]')` : sql`json_group_array(${value})`;

const publishedDepartmentNames = (): SQL<string> => sql<string>`(
  select ${jsonArrayOf(sql`coalesce((
    select n.name from department_names n
    where n.department_id = d.id and n.used_until > (awards.year || '-12-31')
    order by n.used_until limit 1
  ), d.name)`)}
  from award_departments ad join departments d on d.id = coalesce(ad.published_as, ad.department_id)
  where ad.award_id = awards.id
)`;

const WRITE_CHUNK = 1_000;

/** What these helpers use: the client, an async transaction, or the seed's synchronous one. */
function searchSources(tx: Pick<Executor, "select">, which: SQL | undefined) {
  return tx
    .select({
      id: awards.id,
      title: awards.title,
      grade: awards.grade,
      agencyName: publishedAgencyName,
      departmentNames: publishedDepartmentNames(),
    })
    .from(awards)
    .where(which);
}

type SearchSource = { id: number; title: string; grade: string | null; agencyName: string; departmentNames: string };

// Written back in chunks, each one UPDATE over a JSON array (SQLite's UPDATE … FROM json_each):
// a statement per award took a minute for 100,000 awards.
function searchUpdates(rows: SearchSource[]): SQL[] {
  const updates: SQL[] = [];
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
    const json = JSON.stringify(values);
    updates.push(
      isPostgres()
        ? sql`update awards set search_text = v.s, title_sort = v.t
          from json_to_recordset(${json}::json) as v(id bigint, s text, t text) where awards.id = v.id`
        : sql`update awards set search_text = v.value ->> 's', title_sort = v.value ->> 't'
          from json_each(${json}) v where awards.id = v.value ->> 'id'`,
    );
  }
  return updates;
}

/** Recomputes the search columns of the awards matching `which` (a condition on `awards`), inside a write. */
export async function refreshAwardSearch(tx: Executor, which: SQL | undefined): Promise<number> {
  const rows = await searchSources(tx, which);
  for (const update of searchUpdates(rows)) await execute(tx, update);
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
export async function fillMissingAwardSearch(tx: Executor): Promise<number> {
  return await refreshAwardSearch(tx, missingSearch());
}

/** The same inside SQLite's synchronous open (db/client.ts), where nothing may await. */
export function fillMissingAwardSearchSync(tx: Pick<Executor, "select" | "run">): number {
  const rows = searchSources(tx, missingSearch()).all();
  for (const update of searchUpdates(rows)) tx.run(update);
  return rows.length;
}

const missingSearch = (): SQL => sql`${awards.searchText} is null or ${awards.titleSort} is null`;
