import "server-only";
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/db";
import { auditLog, editions } from "@/db/schema";
import type { AuditAction } from "@/lib/audit/actions";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { checkYear } from "@/lib/validations/cached-args";

/**
 * An edition's public change log: what was published after its first publication, a day at a time,
 * read from the audit log. It says what changed and how much, never who: every row here was written
 * by the review office (an approval or a planner's own edit), which the page says once.
 */

export type EditionChangeDay = {
  /** The day in Korea (YYYY-MM-DD), and the first change's time that day. */
  day: string;
  firstAt: Date;
  awardsAdded: number;
  awardsRemoved: number;
  awardsChanged: number;
  /** The change to the year's incentive total, in won. */
  incentiveDeltaWon: number;
  kpiValues: number;
  narrative: number;
};

const AWARD_ACTIONS = ["award.create", "award.update", "award.delete", "award.restore"] as const;
const NARRATIVE_ACTIONS = [
  "edition.area_update",
  "edition.area_move",
  "edition.point_create",
  "edition.point_update",
  "edition.point_move",
  "edition.point_delete",
] as const;
const ACTIONS: AuditAction[] = [...AWARD_ACTIONS, "kpi_value.publish", ...NARRATIVE_ACTIONS];

type AwardSide = { year?: number; incentiveWon?: number | null; deleted?: boolean };
type Dated = { year?: number; periodEnd?: string | null };

const parse = <T>(text: string | null): T | null => (text ? (JSON.parse(text) as T) : null);

const dayFormatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Seoul",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** An award as counted in `year`: live and dated that year. */
function counted(side: AwardSide | null, year: number): AwardSide | null {
  return side && side.year === year && !side.deleted ? side : null;
}

export async function listEditionChanges(asked: number): Promise<EditionChangeDay[]> {
  "use cache";
  const year = checkYear(asked);
  cacheLife("max");
  cacheTag(CACHE_TAGS.narrative, CACHE_TAGS.awards, CACHE_TAGS.kpis);
  const [edition] = await db.select().from(editions).where(eq(editions.year, year)).limit(1);
  if (edition?.status !== "published" || !edition.firstPublishedAt) return [];
  const rows = await db
    .select({ at: auditLog.at, action: auditLog.action, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(gt(auditLog.at, edition.firstPublishedAt), inArray(auditLog.action, ACTIONS)))
    .orderBy(asc(auditLog.at), asc(auditLog.id));

  const days = new Map<string, EditionChangeDay>();
  const dayOf = (at: Date) => {
    const day = dayFormatter.format(at);
    let entry = days.get(day);
    if (!entry) {
      entry = {
        day,
        firstAt: at,
        awardsAdded: 0,
        awardsRemoved: 0,
        awardsChanged: 0,
        incentiveDeltaWon: 0,
        kpiValues: 0,
        narrative: 0,
      };
      days.set(day, entry);
    }
    return entry;
  };

  for (const row of rows) {
    if ((AWARD_ACTIONS as readonly string[]).includes(row.action)) {
      const before = counted(parse<AwardSide>(row.before), year);
      const after = counted(parse<AwardSide>(row.after), year);
      if (!before && !after) continue;
      const entry = dayOf(row.at);
      if (!before) entry.awardsAdded += 1;
      else if (!after) entry.awardsRemoved += 1;
      else entry.awardsChanged += 1;
      entry.incentiveDeltaWon += (after?.incentiveWon ?? 0) - (before?.incentiveWon ?? 0);
    } else if (row.action === "kpi_value.publish") {
      const after = parse<Dated>(row.after);
      if (after?.periodEnd?.slice(0, 4) === String(year)) dayOf(row.at).kpiValues += 1;
    } else {
      const side = parse<Dated>(row.after) ?? parse<Dated>(row.before);
      if (side?.year === year) dayOf(row.at).narrative += 1;
    }
  }
  return [...days.values()];
}
