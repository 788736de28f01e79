import "server-only";
import { and, eq, inArray, isNotNull, ne } from "drizzle-orm";
import { db } from "@/db";
import { departments, kpis, submissions, users, type Submission } from "@/db/schema";
import { authorize } from "@/lib/auth/can";
import type { StaffViewer } from "@/lib/auth/viewer";
import type { NoticeSubject } from "@/lib/mail/notice-text";
import type { KpiValueContent } from "./kpi-records";
import type { PolicyPointContent } from "./proposal-payload";

/**
 * Who is told about a proposal, and what about. Read after the write has committed, on behalf of
 * the person whose write it was; the addresses found here go to the mail server and nowhere else.
 */

const POINT_NAME_LENGTH = 40;

async function subjectsOf(rows: (Submission & { department: string })[]): Promise<NoticeSubject[]> {
  const kpiIds = rows.filter((r) => r.entityType === "kpi_value").map((r) => (r.payload as KpiValueContent).kpiId);
  const kpiNames = new Map(
    kpiIds.length
      ? (await db.select({ id: kpis.id, name: kpis.name }).from(kpis).where(inArray(kpis.id, kpiIds))).map((k) => [
          k.id,
          k.name,
        ])
      : [],
  );
  return rows.map((r) => {
    const payload = r.payload as Record<string, unknown>;
    let name: string;
    if (r.entityType === "kpi_value") {
      const value = r.payload as KpiValueContent;
      // The period is stored as it is shown ("2024 상반기"), so it names the figure as staff know it.
      name = `${kpiNames.get(value.kpiId) ?? ""} (${value.period})`.trim();
    } else if (r.entityType === "policy_point") {
      const text = (r.payload as PolicyPointContent).text;
      name = text.length > POINT_NAME_LENGTH ? `${text.slice(0, POINT_NAME_LENGTH)}…` : text;
    } else name = String(r.entityType === "kpi" ? payload.name : payload.title);
    return {
      proposalId: r.id,
      entity: r.entityType,
      action: r.action,
      name,
      year: r.year,
      department: r.department,
    };
  });
}

async function proposalsWithDepartment(ids: number[], status: Submission["status"]) {
  const rows = await db
    .select({ s: submissions, department: departments.name })
    .from(submissions)
    .innerJoin(departments, eq(departments.id, submissions.departmentId))
    .where(and(inArray(submissions.id, ids), eq(submissions.status, status)))
    .orderBy(submissions.id);
  return rows.map((r) => ({ ...r.s, department: r.department }));
}

/**
 * The planners who asked for notices (except the viewer), and the viewer's proposals still waiting
 * for review among `ids`: one already approved or returned since needs no notice.
 */
export async function submissionNotices(
  viewer: StaffViewer,
  ids: number[],
): Promise<{ recipients: string[]; subjects: NoticeSubject[] }> {
  authorize(viewer, "workspace.use");
  const rows = (await proposalsWithDepartment(ids, "pending")).filter((r) => r.submittedBy === viewer.userId);
  if (rows.length === 0) return { recipients: [], subjects: [] };
  const planners = await db
    .select({ email: users.email })
    .from(users)
    .where(
      and(
        eq(users.role, "planner"),
        eq(users.active, true),
        eq(users.notify, true),
        isNotNull(users.email),
        ne(users.id, viewer.userId),
      ),
    )
    .orderBy(users.id);
  return { recipients: planners.map((p) => p.email!), subjects: await subjectsOf(rows) };
}

/**
 * For each proposer who asked for notices, their proposals among `ids` that the viewer returned,
 * each with its reason. A proposer's address is never shown to the viewer; it only leaves by mail.
 */
export async function returnNotices(
  viewer: StaffViewer,
  ids: number[],
): Promise<{ to: string; returned: (NoticeSubject & { reason: string })[] }[]> {
  authorize(viewer, "submission.return");
  const rows = (await proposalsWithDepartment(ids, "returned")).filter((r) => r.reviewedBy === viewer.userId);
  if (rows.length === 0) return [];
  const proposers = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      and(
        inArray(users.id, [...new Set(rows.map((r) => r.submittedBy))]),
        eq(users.active, true),
        eq(users.notify, true),
        isNotNull(users.email),
      ),
    );
  const subjects = await subjectsOf(rows);
  return proposers.map((p) => ({
    to: p.email!,
    returned: subjects
      .map((s, i) => ({ ...s, reason: rows[i].reviewNote ?? "", by: rows[i].submittedBy }))
      .filter((s) => s.by === p.id)
      .map(({ by: _by, ...s }) => s),
  }));
}
