import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { organisation } from "@/db/schema";
import type { StaffViewer } from "@/lib/auth/viewer";

/**
 * The organisation's four-eyes rule, read on the writer's transaction so that a save and the
 * setting it obeys are one snapshot. Passed to the policy table as part of the record
 * (`can(viewer, "records.publish", await fourEyes(tx))`).
 */
export async function fourEyes(tx: Executor): Promise<{ fourEyes: boolean }> {
  const [row] = await tx
    .select({ fourEyes: organisation.fourEyes })
    .from(organisation)
    .where(eq(organisation.id, 1))
    .limit(1);
  return { fourEyes: row?.fourEyes ?? false };
}

/**
 * The department a proposal is filed under: the proposer's own when it owns the record, otherwise
 * the record's first (a planner proposing under the four-eyes rule, for another department's row).
 */
export function proposingDepartment(viewer: StaffViewer, owners: readonly number[]): number {
  return viewer.departmentId !== null && owners.includes(viewer.departmentId) ? viewer.departmentId : owners[0];
}
