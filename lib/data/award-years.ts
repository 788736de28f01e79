import "server-only";
import { desc } from "drizzle-orm";
import { db } from "@/db";
import { years } from "@/db/schema";
import { authorize } from "@/lib/auth/can";
import type { Viewer } from "@/lib/auth/viewer";

/** Whether awards of a year can be changed: the same rule as awardYearRefusal, read ahead for lists and forms. */
export type AwardYearState = "open" | "closed" | "totals-only";

export type AwardYears = {
  /** Years with a row in the registry of years; a year without one is open. */
  states: Map<number, AwardYearState>;
  /** The year a new award most likely belongs to: the latest year still open for per-award entry. */
  latestOpen: number | null;
};

export async function readAwardYears(viewer: Viewer): Promise<AwardYears> {
  authorize(viewer, "workspace.use");
  const rows = await db
    .select({ year: years.year, status: years.status, baseline: years.baselineAwardCount })
    .from(years)
    .orderBy(desc(years.year));
  const states = new Map<number, AwardYearState>(
    rows.map((r) => [r.year, r.status === "closed" ? "closed" : r.baseline != null ? "totals-only" : "open"]),
  );
  const latestOpen = rows.find((r) => states.get(r.year) === "open")?.year ?? null;
  return { states, latestOpen };
}

export function awardYearState(years: AwardYears, year: number): AwardYearState {
  return years.states.get(year) ?? "open";
}
