import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

/**
 * 1 for an award without an incentive, else 0: the first key of the incentive order, ascending in
 * both directions, so those awards come last either way. A CASE rather than NULLS LAST, which
 * SQLite cannot serve from an index and PostgreSQL orders the other way by default. The same
 * expression is indexed (awards_incentive_asc_idx, awards_incentive_desc_idx in db/schema.ts).
 */
export function withoutIncentiveLast(incentive: SQLiteColumn | SQL): SQL {
  return sql`(case when ${incentive} is null then 1 else 0 end)`;
}
