import "server-only";
import { and, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { agencies, departments, submissions, type SubmissionStatus } from "@/db/schema";
import { authorize, can } from "@/lib/auth/can";
import type { Viewer } from "@/lib/auth/viewer";
import { proposalOf } from "./proposals";

/** A proposed new award still open (waiting for review, or returned to be corrected). */
export type OpenNewAward = {
  submissionId: number;
  status: SubmissionStatus;
  year: number;
  title: string;
  agency: string;
  grade: string | null;
  incentiveWon: number | null;
  departments: string[];
};

/**
 * New awards proposed but not yet published: they exist only as proposals, so the published list
 * cannot show them, yet the officer who entered one expects to find it there. Officers see their
 * department's, planners everyone's (the same reach as the submissions list).
 */
export async function listOpenNewAwards(viewer: Viewer, search?: string): Promise<OpenNewAward[]> {
  authorize(viewer, "workspace.use");
  const conditions: (SQL | undefined)[] = [
    eq(submissions.entityType, "award"),
    eq(submissions.action, "create"),
    isNull(submissions.entityId),
    inArray(submissions.status, ["pending", "returned"]),
  ];
  if (!can(viewer, "records.all")) {
    if (viewer.departmentId === null) return [];
    conditions.push(eq(submissions.departmentId, viewer.departmentId));
  }
  const rows = await db
    .select()
    .from(submissions)
    .where(and(...conditions))
    .limit(200);
  const proposals = rows.flatMap((s) => {
    const p = proposalOf(s);
    return p.kind === "award.create" ? [{ s, content: p.content }] : [];
  });
  const needle = search?.normalize("NFC").trim();
  const shown = needle ? proposals.filter((p) => p.content.title.includes(needle)) : proposals;
  if (shown.length === 0) return [];
  const agencyIds = [...new Set(shown.map((p) => p.content.agencyId))];
  const departmentIds = [...new Set(shown.flatMap((p) => p.content.departmentIds))];
  const [agencyRows, departmentRows] = await Promise.all([
    db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(inArray(agencies.id, agencyIds)),
    db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(inArray(departments.id, departmentIds)),
  ]);
  const agencyName = new Map(agencyRows.map((a) => [a.id, a.name]));
  const departmentName = new Map(departmentRows.map((d) => [d.id, d.name]));
  return shown
    .map(({ s, content }) => ({
      submissionId: s.id,
      status: s.status,
      year: content.year,
      title: content.title,
      agency: agencyName.get(content.agencyId) ?? "",
      grade: content.grade,
      incentiveWon: content.incentive,
      departments: content.departmentIds.map((id) => departmentName.get(id) ?? "").filter(Boolean),
    }))
    .sort((a, b) => b.year - a.year || b.submissionId - a.submissionId);
}
