import "server-only";
import { authorize, can } from "@/lib/auth/can";
import { and, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { db } from "@/db";
import {
  agencies,
  agencyNames,
  awards,
  departmentAliases,
  departmentNames,
  departments,
  submissions,
} from "@/db/schema";
import type { StaffViewer, Viewer } from "@/lib/auth/viewer";
import {
  buildCheckContext,
  checkAward,
  publishedDuplicates,
  type CheckContext,
  type OpenProposal,
  type PublishedDuplicate,
} from "@/lib/review/award-checks";
import type { CheckFlag, NameRegistry } from "@/lib/review/checks";
import { listDistinctPairs } from "./distinct-pairs";
import type { AwardContent } from "./award-records";
import type { SubmissionView } from "./submissions";

function plannerOnly(viewer: Viewer): asserts viewer is StaffViewer {
  authorize(viewer, "review.read");
}

/**
 * What the checks compare against. Officers (importing their own rows) are compared with published
 * awards and their own department's proposals only: other departments' drafts are not theirs to see.
 */
export async function loadCheckContext(viewer: StaffViewer): Promise<CheckContext> {
  const published = await db
    .select({
      id: awards.id,
      year: awards.year,
      agencyId: awards.agencyId,
      title: awards.title,
      incentiveWon: awards.incentiveWon,
    })
    .from(awards)
    .where(isNull(awards.deletedAt));
  const conditions: SQL[] = [
    eq(submissions.entityType, "award"),
    inArray(submissions.action, ["create", "update"]),
    inArray(submissions.status, ["pending", "returned"]),
  ];
  if (!can(viewer, "records.all")) conditions.push(eq(submissions.departmentId, viewer.departmentId ?? -1));
  const openRows = await db
    .select({ id: submissions.id, entityId: submissions.entityId, payload: submissions.payload })
    .from(submissions)
    .where(and(...conditions));
  const open: OpenProposal[] = openRows.map((s) => {
    const content = s.payload as AwardContent;
    return {
      submissionId: s.id,
      awardId: s.entityId,
      year: content.year,
      agencyId: content.agencyId,
      title: content.title,
    };
  });
  const agencyRows = await db.select({ id: agencies.id, name: agencies.name }).from(agencies);
  return buildCheckContext({ agencies: agencyRows, published, open, distinctPairs: await listDistinctPairs() });
}

/** Flags for each award proposal in the queue, by submission id. Deletions and KPI values have none. */
export async function reviewFlags(viewer: Viewer, queue: readonly SubmissionView[]): Promise<Map<number, CheckFlag[]>> {
  plannerOnly(viewer);
  const ctx = await loadCheckContext(viewer);
  const flags = new Map<number, CheckFlag[]>();
  for (const s of queue) {
    if (s.entityType !== "award" || s.action === "delete") continue;
    const content = s.content as AwardContent;
    flags.set(
      s.id,
      checkAward(ctx, {
        year: content.year,
        agencyId: content.agencyId,
        title: content.title,
        incentiveWon: content.incentive,
        awardId: s.entityId,
        submissionId: s.id,
      }),
    );
  }
  return flags;
}

/** Likely duplicates among published awards that no planner has marked as distinct yet. */
export async function listPublishedDuplicates(viewer: Viewer): Promise<PublishedDuplicate[]> {
  plannerOnly(viewer);
  return publishedDuplicates(await loadCheckContext(viewer));
}

/**
 * Registry names and their other spellings, for resolving names typed in an imported file. Only
 * active departments can take new awards, as in the form.
 */
export async function loadNameRegistry(viewer: Viewer): Promise<NameRegistry> {
  authorize(viewer, "workspace.use");
  const [agencyRows, agencyVariants, departmentRows, aliases, formerNames] = await Promise.all([
    db.select({ id: agencies.id, name: agencies.name }).from(agencies),
    db.select({ id: agencyNames.agencyId, name: agencyNames.name }).from(agencyNames),
    db.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.active, true)),
    db.select({ id: departmentAliases.departmentId, name: departmentAliases.alias }).from(departmentAliases),
    db.select({ id: departmentNames.departmentId, name: departmentNames.name }).from(departmentNames),
  ]);
  return {
    agencies: agencyRows,
    agencyVariants: agencyVariants.map((v) => ({ ...v, how: "이전 이름" as const })),
    departments: departmentRows,
    departmentVariants: [
      ...aliases.map((v) => ({ ...v, how: "별칭" as const })),
      ...formerNames.map((v) => ({ ...v, how: "이전 이름" as const })),
    ],
  };
}
