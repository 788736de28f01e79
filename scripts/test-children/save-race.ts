/**
 * One contender in the concurrency test's race (test/concurrency.test.ts): the save of an award by
 * contender `worker`, all holding the same version, and what became of it. Used from the threads of
 * concurrent-save.ts (SQLite) and from the test itself (PostgreSQL).
 */
import type { StaffViewer } from "@/lib/auth/viewer";
import { saveAward } from "@/lib/data/award-edits";
import type { awardSnapshot } from "@/lib/data/award-records";
import { ConflictError } from "@/lib/errors";

export type SaveOutcome = { worker: number; outcome: "applied" | "conflict" | "error"; title: string; error?: string };

type Snapshot = NonNullable<Awaited<ReturnType<typeof awardSnapshot>>>;

/** The contender's save: its own title and incentive, everything else as stored. */
export function contenderSave(worker: number, award: { id: number; version: number }, current: Snapshot) {
  return {
    id: award.id,
    version: award.version,
    year: current.year,
    title: `동시 저장 ${worker}`,
    agencyId: current.agencyId,
    grade: null,
    incentive: worker * 100_000,
    departmentIds: current.departmentIds,
  };
}

export async function saveOutcome(
  viewer: StaffViewer,
  worker: number,
  input: ReturnType<typeof contenderSave>,
): Promise<SaveOutcome> {
  const title = input.title;
  try {
    await saveAward(viewer, input, { ip: `10.0.0.${worker}` });
    return { worker, outcome: "applied", title };
  } catch (error) {
    return error instanceof ConflictError
      ? { worker, outcome: "conflict", title }
      : { worker, outcome: "error", title, error: String(error) };
  }
}
