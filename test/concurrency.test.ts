/**
 * Issues 6 and 18, data safety under contention, on both dialects (this file runs in the SQLite
 * suite and in the PostgreSQL one, vitest.postgres.config.ts):
 * - of many saves of one award made at the same moment with the same version, exactly one applies
 *   (with exactly one audit row) and every other is refused as a conflict, never a crash. The
 *   contention is real: on SQLite 50 threads, each with its own connection (better-sqlite3 is
 *   synchronous), released together; on PostgreSQL 50 saves at once from this process, each on a
 *   pooled connection of its own (the PostgreSQL suite sets a pool of 60);
 * - of 20 approvals of one proposal sent at once, exactly one publishes it.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db";
import { isPostgres } from "@/db/path";
import { auditLog, awards, submissions } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { saveAward } from "@/lib/data/award-edits";
import { awardSnapshot } from "@/lib/data/award-records";
import { approveSubmissions } from "@/lib/data/submissions";
import { ConflictError } from "@/lib/errors";
import { contenderSave, type SaveOutcome, saveOutcome } from "@/scripts/test-children/save-race";
import { seededDb } from "@/test/db";
import { runScript } from "@/test/helpers/children";
import { departmentId, insertAward } from "@/test/helpers/records";
import { viewerOf } from "@/test/viewers";

const SAVERS = 50;
const APPROVERS = 20;

await seededDb();
let planner: StaffViewer;
let welfare: StaffViewer;

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  welfare = await viewerOf("welfare");
});

describe(`${SAVERS} simultaneous saves of one award`, () => {
  // 50 threads each start tsx and open their connections: on a loaded 2-core machine that alone
  // has taken close to three minutes.
  it("apply exactly once; the others are refused with ConflictError", { timeout: 420_000 }, async () => {
    const award = await insertAward(db, { departmentIds: [await departmentId(db, "주민복지과")] });
    const outcomes = isPostgres() ? await savesFromHere(award, planner) : await savesFromThreads(award);
    expect(outcomes).toHaveLength(SAVERS);

    const errors = outcomes.filter((o) => o.outcome === "error").map((o) => o.error);
    expect(errors, "saves that failed with something other than a conflict").toEqual([]);
    const applied = outcomes.filter((o) => o.outcome === "applied");
    expect(applied).toHaveLength(1);
    expect(outcomes.filter((o) => o.outcome === "conflict")).toHaveLength(SAVERS - 1);

    // The stored award is the winner's, one version on, with one audit row saying so.
    const [stored] = await db.select().from(awards).where(eq(awards.id, award.id));
    expect(stored).toMatchObject({ title: applied[0].title, version: award.version + 1 });
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "award"), eq(auditLog.entityId, award.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0].action).toBe("award.update");
    expect(JSON.parse(audit[0].after!).title).toBe(applied[0].title);
    if (!isPostgres()) expect(db.$client.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }]);
  });
});

async function savesFromThreads(award: { id: number; version: number }): Promise<SaveOutcome[]> {
  const result = await runScript(
    "scripts/test-children/concurrent-save.ts",
    [String(award.id), String(award.version), String(SAVERS)],
    { DATABASE_URL: process.env.DATABASE_URL! },
  );
  expect(result, result.stderr).toMatchObject({ code: 0 });
  return JSON.parse(result.stdout) as SaveOutcome[];
}

async function savesFromHere(award: { id: number; version: number }, viewer: StaffViewer): Promise<SaveOutcome[]> {
  const current = (await awardSnapshot(db, award.id))!;
  return await Promise.all(
    Array.from({ length: SAVERS }, (_, i) => saveOutcome(viewer, i + 1, contenderSave(i + 1, award, current))),
  );
}

describe(`${APPROVERS} approvals of one proposal sent at once`, () => {
  it("publish it once; the others are refused with ConflictError", async () => {
    const title = "동시 승인 시험";
    const proposed = await saveAward(
      welfare,
      {
        year: 2023,
        title,
        agencyId: 2,
        grade: "우수",
        incentive: 3_000_000,
        departmentIds: [await departmentId(db, "주민복지과")],
      },
      { ip: "127.0.0.1" },
    );
    if (proposed.kind !== "proposed") throw new Error("expected a proposal");
    const [s] = await db.select().from(submissions).where(eq(submissions.id, proposed.proposalId));
    const results = await Promise.allSettled(
      Array.from({ length: APPROVERS }, (_, i) =>
        approveSubmissions(planner, [{ id: s.id, version: s.version }], { ip: `10.0.1.${i}` }),
      ),
    );
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refused).toHaveLength(APPROVERS - 1);
    for (const reason of refused) expect(reason).toBeInstanceOf(ConflictError);
    expect(await db.select().from(awards).where(eq(awards.title, title))).toHaveLength(1);
    const approvals = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "submission"), eq(auditLog.entityId, s.id)));
    expect(approvals.filter((a) => a.action.includes("approve"))).toHaveLength(1);
  });
});

// The PostgreSQL pool would keep the worker alive after the last test.
afterAll(async () => {
  await closeDatabase();
});
