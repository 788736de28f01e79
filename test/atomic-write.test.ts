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

const db = seededDb();
const sqlite = db.$client;
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
function failAuditWrite(n = 1): { seenMidWrite: () => ReturnType<typeof snapshot> | undefined } {
  let calls = 0;
  let seen: ReturnType<typeof snapshot> | undefined;
  vi.mocked(recordAudit).mockImplementation(async (tx, entry) => {
    if (++calls === n) {
      // The transaction runs on the writer connection: read what it has written there.
      seen = snapshot(tx.$client);
      throw new SimulatedFailure(`audit write ${n} failed`);
    }
    await realRecordAudit(tx, entry);
  });
  return { seenMidWrite: () => seen };
}

const planner = () => viewerOf("planning");
const admin = () => viewerOf("admin");
const welfare = () => viewerOf("welfare");
const A = () => departmentId(db, "주민복지과");
const B = () => departmentId(db, "세정과");
const content = (departmentIds: number[], title = "바뀐 수상명") => ({
  year: 2023,
  title,
  agencyId: firstAgencyId(db),
  grade: "대상",
  incentive: 3_000_000,
  departmentIds,
});

type Run = () => unknown;

/** Each case builds its own target first and returns the one call whose audit write will fail. */
const cases: [name: string, prepare: () => Run][] = [
  [
    "saveAward: a planner's edit (UPDATE awards, relink departments)",
    () => {
      const award = insertAward(db, { departmentIds: [A()] });
      return () => saveAward(planner(), { id: award.id, version: 1, ...content([A(), B()]) }, ctx);
    },
  ],
  [
    "saveAward: a planner's new award (INSERT awards + links)",
    () => () => saveAward(planner(), content([A()], "새로 게시하는 상"), ctx),
  ],
  [
    "saveAward: an officer's proposal (INSERT submissions)",
    () => {
      const award = insertAward(db, { departmentIds: [A()] });
      return () => saveAward(welfare(), { id: award.id, version: 1, ...content([A()]) }, ctx);
    },
  ],
  [
    "deleteAward: a planner's soft delete",
    () => {
      const award = insertAward(db, { departmentIds: [A()] });
      return () => deleteAward(planner(), { id: award.id, version: 1 }, ctx);
    },
  ],
  [
    "restoreAward",
    () => {
      const award = insertAward(db, { departmentIds: [A()], deleted: true });
      return () => restoreAward(planner(), { id: award.id }, ctx);
    },
  ],
  [
    "saveKpiValue: a planner's publish",
    () => {
      const kpi = insertKpi(db, A());
      return () =>
        saveKpiValue(
          planner(),
          { kpiId: kpi.id, version: undefined, period: { kind: "year", year: 2023 }, value: "12", valueUnit: null },
          ctx,
        );
    },
  ],
  [
    "setYearStatus: closing a year (years + year_events)",
    () => {
      const year = insertOpenYear(db);
      return () => setYearStatus(planner(), { year, status: "closed", reason: null }, ctx);
    },
  ],
  [
    "createUser",
    () => () =>
      createUser(
        admin(),
        {
          username: "atomic-new-user",
          displayName: "새 계정",
          role: "officer",
          departmentId: A(),
          password: "temporary-pass-1",
        },
        ctx,
      ),
  ],
  [
    "setUserActive: deactivating (also ends sessions)",
    () => {
      const user = insertUser(db, { departmentId: A() });
      return () => setUserActive(admin(), user.id, false, ctx);
    },
  ],
  [
    "resetUserPassword",
    () => {
      const user = insertUser(db, { departmentId: A() });
      return () => resetUserPassword(admin(), user.id, "temporary-pass-2", ctx);
    },
  ],
  [
    "moveUserDepartment",
    () => {
      const user = insertUser(db, { departmentId: A() });
      return () => moveUserDepartment(admin(), user.id, B(), ctx);
    },
  ],
  [
    "renameRegistryEntry (department_names + departments)",
    () => {
      const department = insertDepartment(db);
      return () =>
        renameRegistryEntry(
          admin(),
          { kind: "department", id: department.id, name: `${department.name}-새이름`, effectiveOn: "2024-05-17" },
          ctx,
        );
    },
  ],
  [
    "markDistinctPair",
    () => {
      const one = insertAward(db, { departmentIds: [A()] });
      const other = insertAward(db, { departmentIds: [A()] });
      return () => markDistinctPair(planner(), { awardId: one.id, otherAwardId: other.id }, ctx);
    },
  ],
  [
    "returnSubmissions",
    () => {
      const s = insertNewAwardSubmission(db, { departmentId: A(), submittedBy: welfare().userId });
      return () => returnSubmissions(planner(), [s], "보완해 주세요.", ctx);
    },
  ],
];

describe("a failed audit write undoes the change it records", () => {
  it.each(cases)("%s", async (_name, prepare) => {
    const run = prepare();
    const before = snapshot(sqlite);
    const { seenMidWrite } = failAuditWrite();

    await expect(async () => run()).rejects.toBeInstanceOf(SimulatedFailure);

    // The change had been written when the audit row failed; it must not have survived.
    expect(seenMidWrite(), "the audit writer was never reached").toBeDefined();
    expect(seenMidWrite()).not.toEqual(before);
    expect(snapshot(sqlite)).toEqual(before);
  });
});

describe("approveSubmissions applies a batch all together or not at all", () => {
  const pendingBatch = () =>
    [0, 1, 2].map(() => insertNewAwardSubmission(db, { departmentId: A(), submittedBy: welfare().userId }));
  const statuses = (ids: number[]) =>
    ids.map(
      (id) => db.select({ status: submissions.status }).from(submissions).where(eq(submissions.id, id)).get()!.status,
    );

  it("leaves every submission pending when the last item's audit row fails", async () => {
    const batch = pendingBatch();
    const before = snapshot(sqlite);
    // Two audit rows per approved item (the approval and the published change): fail the sixth.
    const { seenMidWrite } = failAuditWrite(6);
    await expect(async () => approveSubmissions(planner(), batch, ctx)).rejects.toBeInstanceOf(SimulatedFailure);
    expect(statuses(batch.map((s) => s.id))).toEqual(["pending", "pending", "pending"]);
    // By then all three awards had been published inside the transaction.
    const midWrite = seenMidWrite()!;
    expect(midWrite.awards.length - before.awards.length).toBe(3);
    expect(snapshot(sqlite)).toEqual(before);
  });

  it("leaves every submission pending when a later item has changed since the reviewer saw it", async () => {
    const batch = pendingBatch();
    // Someone edited the third proposal after the review page was rendered.
    db.update(submissions)
      .set({ version: 2 })
      .where(and(eq(submissions.id, batch[2].id)))
      .run();
    const before = snapshot(sqlite);
    await expect(async () => approveSubmissions(planner(), batch, ctx)).rejects.toBeInstanceOf(ConflictError);
    expect(statuses(batch.map((s) => s.id))).toEqual(["pending", "pending", "pending"]);
    expect(snapshot(sqlite)).toEqual(before);
  });

  it("approves the whole batch when nothing fails (the control for the two cases above)", async () => {
    const batch = pendingBatch();
    const before = snapshot(sqlite);
    await approveSubmissions(planner(), batch, ctx);
    expect(statuses(batch.map((s) => s.id))).toEqual(["approved", "approved", "approved"]);
    const after = snapshot(sqlite);
    expect(after.awards.length - before.awards.length).toBe(3);
    expect(after.audit_log.length - before.audit_log.length).toBe(6);
  });
});
