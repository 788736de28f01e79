import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { submissions, type SubmissionStatus } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { authorize } from "@/lib/auth/can";

/** Open proposals (pending or returned) on the given awards, for the staff list's status column. */
export async function openAwardSubmissions(viewer: Viewer, awardIds: number[]): Promise<Map<number, SubmissionStatus>> {
  authorize(viewer, "workspace.use");
  if (awardIds.length === 0) return new Map();
  const rows = await db
    .select({ awardId: submissions.entityId, status: submissions.status })
    .from(submissions)
    .where(
      and(
        eq(submissions.entityType, "award"),
        inArray(submissions.entityId, awardIds),
        inArray(submissions.status, ["pending", "returned"]),
      ),
    );
  return new Map(rows.map((r) => [r.awardId!, r.status]));
}
