/**
 * Issue 14: every guard is part of the write (a versioned or conditional WHERE, a unique index, a
 * place computed inside the INSERT), never a read followed by a write. Each test starts two writers
 * at once and proves exactly one of them wins, so the same tests hold on a database that runs the
 * two transactions side by side (PostgreSQL, issue 18) and not one after the other as SQLite does.
 */
import { and, eq, inArray, max } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { awards, departments, importBatches, submissions, years } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import type { AwardInput } from "@/lib/validations/award";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { deleteAward, restoreAward, saveAward } from "./award-edits";
import { markDistinctPair } from "./distinct-pairs";
import { undoImport } from "./import-batches";
import { approveSubmissions } from "./submissions";
import { createUser } from "./users";
import { setYearStatus } from "./years";

const db = await seededDb();
const ctx = { ip: "127.0.0.1" };
let planner: StaffViewer;
let welfare: StaffViewer;
let admin: StaffViewer;

const welfareDepartment = async () =>
  (await db.select().from(departments).where(eq(departments.name, "주민복지과")).limit(1))[0].id;

async function award(overrides: Partial<AwardInput> = {}): Promise<AwardInput> {
  return {
    year: 2023,
    title: "경합 시험 수상",
    agencyId: 2,
    grade: "우수",
    incentive: 1_000_000,
    departmentIds: [await welfareDepartment()],
    ...overrides,
  };
}

/** Runs both writers at once and returns what each did. */
async function race<T>(a: () => Promise<T>, b: () => Promise<T>) {
  const results = await Promise.allSettled([a(), b()]);
  const won = results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<T>).value);
  const lost = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason);
  return { won, lost };
}

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  welfare = await viewerOf("welfare");
  admin = await viewerOf("admin");
});

describe("two writers at once: exactly one wins", () => {
  it("approving the same proposal twice publishes it once", async () => {
    const proposed = await saveAward(welfare, await award({ title: "경합 승인 시험" }), ctx);
    if (proposed.kind !== "proposed") throw new Error("expected a proposal");
    const [s] = await db.select().from(submissions).where(eq(submissions.id, proposed.proposalId)).limit(1);
    const item = [{ id: s.id, version: s.version }];

    const { won, lost } = await race(
      () => approveSubmissions(planner, item, ctx),
      () => approveSubmissions(planner, item, ctx),
    );
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ConflictError);
    const published = await db.select().from(awards).where(eq(awards.title, "경합 승인 시험"));
    expect(published).toHaveLength(1);
  });

  it("approving a proposal whose award changed since it was proposed is refused (the update carries its version)", async () => {
    const created = await saveAward(planner, await award({ title: "경합 기준 버전 시험" }), ctx);
    if (created.kind !== "published") throw new Error("expected a published award");
    const id = created.awardId;
    const proposed = await saveAward(
      welfare,
      { ...(await award({ title: "경합 기준 버전 시험 (고침)" })), id, version: 1 },
      ctx,
    );
    if (proposed.kind !== "proposed") throw new Error("expected a proposal");
    const [s] = await db.select().from(submissions).where(eq(submissions.id, proposed.proposalId)).limit(1);
    const edit = await award({ title: "경합 기준 버전 시험 (기획)" });

    // The planner's own edit and the approval of the officer's proposal race: one of them wins.
    const { won, lost } = await race<unknown>(
      () => saveAward(planner, { ...edit, id, version: 1 }, ctx),
      () => approveSubmissions(planner, [{ id: s.id, version: s.version }], ctx),
    );
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ConflictError);
    const [row] = await db.select().from(awards).where(eq(awards.id, id)).limit(1);
    expect(row.version).toBe(2);
  });

  it("two new awards of the same year take two places, one after the other", async () => {
    const { won, lost } = await race(
      async () => saveAward(planner, await award({ year: 2023, title: "경합 순서 가" }), ctx),
      async () => saveAward(planner, await award({ year: 2023, title: "경합 순서 나" }), ctx),
    );
    expect(lost).toEqual([]);
    expect(won).toHaveLength(2);
    const rows = await db
      .select({ sourceOrder: awards.sourceOrder })
      .from(awards)
      .where(inArray(awards.title, ["경합 순서 가", "경합 순서 나"]));
    const places = rows.map((r) => r.sourceOrder!).sort((a, b) => a - b);
    expect(new Set(places).size).toBe(2);
    expect(places[1] - places[0]).toBe(1);
    const [{ maxOrder }] = await db
      .select({ maxOrder: max(awards.sourceOrder) })
      .from(awards)
      .where(eq(awards.year, 2023));
    expect(places[1]).toBe(maxOrder);
  });

  it("closing a year twice at once closes it once", async () => {
    await db.insert(years).values({ year: 2031 }).onConflictDoNothing();
    const { won, lost } = await race(
      () => setYearStatus(planner, { year: 2031, status: "closed", reason: null }, ctx),
      () => setYearStatus(planner, { year: 2031, status: "closed", reason: null }, ctx),
    );
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ConflictError);
    const [row] = await db.select().from(years).where(eq(years.year, 2031)).limit(1);
    expect(row).toMatchObject({ status: "closed", version: 2 });
  });

  it("undoing the same import twice at once undoes it once", async () => {
    const [batch] = await db
      .insert(importBatches)
      .values({ fileName: "경합.csv", createdBy: planner.userId, addedCount: 0, updatedCount: 0 })
      .returning();
    const { won, lost } = await race(
      () => undoImport(planner, { id: batch.id }, ctx),
      () => undoImport(planner, { id: batch.id }, ctx),
    );
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ConflictError);
  });

  it("two admins creating the same account name create one account", async () => {
    const account = {
      username: "race-user",
      displayName: "경합",
      role: "planner" as const,
      password: "long-enough-pw-1",
    };
    const { won, lost } = await race(
      () => createUser(admin, account, ctx),
      () => createUser(admin, account, ctx),
    );
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(FieldError);
  });

  it("restoring the same award twice at once restores it once", async () => {
    const created = await saveAward(planner, await award({ title: "경합 복원 시험" }), ctx);
    if (created.kind !== "published") throw new Error("expected a published award");
    await deleteAward(planner, { id: created.awardId, version: 1 }, ctx);
    const { won, lost } = await race(
      () => restoreAward(planner, { id: created.awardId }, ctx),
      () => restoreAward(planner, { id: created.awardId }, ctx),
    );
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(NotFoundError);
    const [row] = await db.select().from(awards).where(eq(awards.id, created.awardId)).limit(1);
    expect(row).toMatchObject({ deletedAt: null, version: 3 });
  });

  it("marking the same pair distinct twice at once records it once", async () => {
    const ids = (
      await db
        .select({ id: awards.id })
        .from(awards)
        .where(and(eq(awards.year, 2023)))
        .limit(2)
    ).map((r) => r.id);
    const { won, lost } = await race(
      () => markDistinctPair(planner, { awardId: ids[0], otherAwardId: ids[1] }, ctx),
      () => markDistinctPair(planner, { awardId: ids[1], otherAwardId: ids[0] }, ctx),
    );
    expect(lost).toEqual([]);
    expect(won.map((w) => w.kind).sort()).toEqual(["already-marked", "marked"]);
  });
});
