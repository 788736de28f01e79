/**
 * Issue 6, data safety: a change and its audit row commit together or not at all.
 *
 * The audit writer is made to fail at a chosen call, after the data function has already written
 * its rows inside the transaction. The test first proves the write did happen (the same connection
 * sees it at that moment), then that nothing of it survives: every table equals its state before.
 */
import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { submissions } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import { recordAudit } from "@/lib/data/audit-writer";
import { deleteAward, restoreAward, saveAward } from "@/lib/data/award-edits";
import { markDistinctPair } from "@/lib/data/distinct-pairs";
import { saveKpiValue } from "@/lib/data/kpi-edits";
import { renameRegistryEntry } from "@/lib/data/registry-edits";
import { approveSubmissions, returnSubmissions } from "@/lib/data/submissions";
import { createUser, moveUserDepartment, resetUserPassword, setUserActive } from "@/lib/data/users";
import { setYearStatus } from "@/lib/data/years";
import { ConflictError } from "@/lib/errors";
import { seededDb } from "@/test/db";
import { snapshot } from "@/test/helpers/db-snapshot";
import {
  departmentId,
  firstAgencyId,
  insertAward,
  insertDepartment,
  insertKpi,
  insertNewAwardSubmission,
  insertOpenYear,
  insertUser,
} from "@/test/helpers/records";
import { viewerOf } from "@/test/viewers";

// The real writer, wrapped so a test can make one call fail.
vi.mock("@/lib/data/audit-writer", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/data/audit-writer")>();
  return { ...real, recordAudit: vi.fn(real.recordAudit) };
});

const db = await seededDb();
const ctx = { ip: "192.0.2.9" };
let realRecordAudit: typeof recordAudit;

beforeAll(async () => {
  await seedDemoUsers(db);
  realRecordAudit = (await vi.importActual<typeof import("@/lib/data/audit-writer")>("@/lib/data/audit-writer"))
    .recordAudit;
});

afterEach(() => {
  vi.mocked(recordAudit).mockImplementation(realRecordAudit);
});

class SimulatedFailure extends Error {}

/**
 * Makes the `n`th audit write of the next call throw, after capturing what the transaction had
 * written by then (the connection is shared, so an uncommitted write is visible to it).
 */
function failAuditWrite(n = 1): { seenMidWrite: () => Awaited<ReturnType<typeof snapshot>> | undefined } {
  let calls = 0;
  let seen: Awaited<ReturnType<typeof snapshot>> | undefined;
  vi.mocked(recordAudit).mockImplementation(async (tx, entry) => {
    if (++calls === n) {
      // The transaction runs on the writer connection: read what it has written there.
      seen = await snapshot(tx);
      throw new SimulatedFailure(`audit write ${n} failed`);
    }
    await realRecordAudit(tx, entry);
  });
  return { seenMidWrite: () => seen };
}

const planner = async () => await viewerOf("planning");
const admin = async () => await viewerOf("admin");
const welfare = async () => await viewerOf("welfare");
const A = async () => await departmentId(db, "주민복지과");
const B = async () => await departmentId(db, "세정과");
const content = async (departmentIds: number[], title = "바뀐 수상명") => ({
  year: 2023,
  title,
  agencyId: await firstAgencyId(db),
  grade: "대상",
  incentive: 3_000_000,
  departmentIds,
});

type Run = () => unknown;

/** Each case builds its own target first and returns the one call whose audit write will fail. */
const cases: [name: string, prepare: () => Run | Promise<Run>][] = [
  [
    "saveAward: a planner's edit (UPDATE awards, relink departments)",
    async () => {
      const award = await insertAward(db, { departmentIds: [await A()] });
      return async () =>
        saveAward(await planner(), { id: award.id, version: 1, ...(await content([await A(), await B()])) }, ctx);
    },
  ],
  [
    "saveAward: a planner's new award (INSERT awards + links)",
    () => async () => saveAward(await planner(), await content([await A()], "새로 게시하는 상"), ctx),
  ],
  [
    "saveAward: an officer's proposal (INSERT submissions)",
    async () => {
      const award = await insertAward(db, { departmentIds: [await A()] });
      return async () => saveAward(await welfare(), { id: award.id, version: 1, ...(await content([await A()])) }, ctx);
    },
  ],
  [
    "deleteAward: a planner's soft delete",
    async () => {
      const award = await insertAward(db, { departmentIds: [await A()] });
      return async () => deleteAward(await planner(), { id: award.id, version: 1 }, ctx);
    },
  ],
  [
    "restoreAward",
    async () => {
      const award = await insertAward(db, { departmentIds: [await A()], deleted: true });
      return async () => restoreAward(await planner(), { id: award.id }, ctx);
    },
  ],
  [
    "saveKpiValue: a planner's publish",
    async () => {
      const kpi = await insertKpi(db, await A());
      return async () =>
        saveKpiValue(
          await planner(),
          { kpiId: kpi.id, version: undefined, period: { kind: "year", year: 2023 }, value: "12", valueUnit: null },
          ctx,
        );
    },
  ],
  [
    "setYearStatus: closing a year (years + year_events)",
    async () => {
      const year = await insertOpenYear(db);
      return async () => setYearStatus(await planner(), { year, status: "closed", reason: null }, ctx);
    },
  ],
  [
    "createUser",
    () => async () =>
      createUser(
        await admin(),
        {
          username: "atomic-new-user",
          displayName: "새 계정",
          role: "officer",
          departmentId: await A(),
          password: "temporary-pass-1",
        },
        ctx,
      ),
  ],
  [
    "setUserActive: deactivating (also ends sessions)",
    async () => {
      const user = await insertUser(db, { departmentId: await A() });
      return async () => setUserActive(await admin(), user.id, false, ctx);
    },
  ],
  [
    "resetUserPassword",
    async () => {
      const user = await insertUser(db, { departmentId: await A() });
      return async () => resetUserPassword(await admin(), user.id, "temporary-pass-2", ctx);
    },
  ],
  [
    "moveUserDepartment",
    async () => {
      const user = await insertUser(db, { departmentId: await A() });
      return async () => moveUserDepartment(await admin(), user.id, await B(), ctx);
    },
  ],
  [
    "renameRegistryEntry (department_names + departments)",
    async () => {
      const department = await insertDepartment(db);
      return async () =>
        renameRegistryEntry(
          await admin(),
          { kind: "department", id: department.id, name: `${department.name}-새이름`, effectiveOn: "2024-05-17" },
          ctx,
        );
    },
  ],
  [
    "markDistinctPair",
    async () => {
      const one = await insertAward(db, { departmentIds: [await A()] });
      const other = await insertAward(db, { departmentIds: [await A()] });
      return async () => markDistinctPair(await planner(), { awardId: one.id, otherAwardId: other.id }, ctx);
    },
  ],
  [
    "returnSubmissions",
    async () => {
      const s = await insertNewAwardSubmission(db, { departmentId: await A(), submittedBy: (await welfare()).userId });
      return async () => returnSubmissions(await planner(), [s], "보완해 주세요.", ctx);
    },
  ],
];

describe("a failed audit write undoes the change it records", () => {
  it.each(cases)("%s", async (_name, prepare) => {
    const run = await prepare();
    const before = await snapshot(db);
    const { seenMidWrite } = failAuditWrite();

    await expect(async () => run()).rejects.toBeInstanceOf(SimulatedFailure);

    // The change had been written when the audit row failed; it must not have survived.
    expect(seenMidWrite(), "the audit writer was never reached").toBeDefined();
    expect(seenMidWrite()).not.toEqual(before);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe("approveSubmissions applies a batch all together or not at all", () => {
  const pendingBatch = async () => {
    const batch: { id: number; version: number }[] = [];
    for (let i = 0; i < 3; i++)
      batch.push(
        await insertNewAwardSubmission(db, { departmentId: await A(), submittedBy: (await welfare()).userId }),
      );
    return batch;
  };
  const statuses = async (ids: number[]) => {
    const found: string[] = [];
    for (const id of ids)
      found.push(
        (await db.select({ status: submissions.status }).from(submissions).where(eq(submissions.id, id)))[0]!.status,
      );
    return found;
  };

  it("leaves every submission pending when the last item's audit row fails", async () => {
    const batch = await pendingBatch();
    const before = await snapshot(db);
    // Two audit rows per approved item (the approval and the published change): fail the sixth.
    const { seenMidWrite } = failAuditWrite(6);
    await expect(async () => approveSubmissions(await planner(), batch, ctx)).rejects.toBeInstanceOf(SimulatedFailure);
    expect(await statuses(batch.map((s) => s.id))).toEqual(["pending", "pending", "pending"]);
    // By then all three awards had been published inside the transaction.
    const midWrite = seenMidWrite()!;
    expect(midWrite.awards.length - before.awards.length).toBe(3);
    expect(await snapshot(db)).toEqual(before);
  });

  it("leaves every submission pending when a later item has changed since the reviewer saw it", async () => {
    const batch = await pendingBatch();
    // Someone edited the third proposal after the review page was rendered.
    await db
      .update(submissions)
      .set({ version: 2 })
      .where(and(eq(submissions.id, batch[2].id)));
    const before = await snapshot(db);
    await expect(async () => approveSubmissions(await planner(), batch, ctx)).rejects.toBeInstanceOf(ConflictError);
    expect(await statuses(batch.map((s) => s.id))).toEqual(["pending", "pending", "pending"]);
    expect(await snapshot(db)).toEqual(before);
  });

  it("approves the whole batch when nothing fails (the control for the two cases above)", async () => {
    const batch = await pendingBatch();
    const before = await snapshot(db);
    await approveSubmissions(await planner(), batch, ctx);
    expect(await statuses(batch.map((s) => s.id))).toEqual(["approved", "approved", "approved"]);
    const after = await snapshot(db);
    expect(after.awards.length - before.awards.length).toBe(3);
    expect(after.audit_log.length - before.audit_log.length).toBe(6);
  });
});
