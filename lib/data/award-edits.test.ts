import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, awards, departments, submissions, years } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { ConflictError, FieldError, ForbiddenError } from "@/lib/errors";
import type { AwardInput } from "@/lib/validations/award";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { deleteAward, restoreAward, saveAward } from "./award-edits";
import { awardSnapshot } from "./award-records";
import { approveSubmissions, listSubmissions, returnSubmissions } from "./submissions";

const db = await seededDb();
const ctx = { ip: "127.0.0.1" };
let planner: StaffViewer;
let welfare: StaffViewer;
let tax: StaffViewer;

const departmentId = async (name: string) =>
  (await db.select().from(departments).where(eq(departments.name, name)))[0]!.id;
const awardId = async (title: string) => (await db.select().from(awards).where(eq(awards.title, title)))[0]!.id;
const auditCount = async () => (await db.select().from(auditLog)).length;

async function input(overrides: Partial<AwardInput> = {}): Promise<AwardInput> {
  return {
    year: 2023,
    title: "시험 수상",
    agencyId: 2,
    grade: "우수",
    incentive: 12_500_000,
    departmentIds: [await departmentId("주민복지과")],
    ...overrides,
  };
}

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  welfare = await viewerOf("welfare");
  tax = await viewerOf("tax");
});

describe("saving an award", () => {
  it("publishes a planner's new award at once, with an audit row, and expires the public tag", async () => {
    const before = await auditCount();
    const outcome = await saveAward(planner, await input({ title: "기획 즉시 게시" }), ctx);
    expect(outcome.tags).toEqual(["awards"]);
    const id = await awardId("기획 즉시 게시");
    expect(await awardSnapshot(db, id)).toMatchObject({ incentiveWon: 12_500_000, version: 1, deleted: false });
    expect(await auditCount()).toBe(before + 1);
    expect(
      (
        await db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.action, "award.create"), eq(auditLog.entityId, id)))
      )[0],
    ).toBeDefined();
  });

  it("keeps an officer's new award as a pending submission; the published record is unchanged", async () => {
    const published = (await db.select().from(awards)).length;
    const outcome = await saveAward(welfare, await input({ title: "부서 제출 건" }), ctx);
    expect(outcome.tags).toEqual([]);
    expect(await db.select().from(awards)).toHaveLength(published);
    const mine = (await listSubmissions(welfare)).find((s) => s.content.title === "부서 제출 건")!;
    expect(mine).toMatchObject({ status: "pending", action: "create", entityId: null });
  });

  it("updates the one open submission when the officer edits the same award again", async () => {
    const id = await awardId("2022년 지역자활센터 성과평가");
    await saveAward(
      welfare,
      { ...(await input({ title: "2022년 지역자활센터 성과평가", incentive: 18_000_000 })), id, version: 1 },
      ctx,
    );
    const first = (await listSubmissions(welfare)).find((s) => s.entityId === id)!;
    await saveAward(
      welfare,
      {
        ...(await input({ title: "2022년 지역자활센터 성과평가", incentive: 19_000_000 })),
        id,
        version: 1,
        submissionVersion: first.version,
      },
      ctx,
    );
    const open = await db.select().from(submissions).where(eq(submissions.entityId, id));
    expect(open).toHaveLength(1);
    expect((open[0].payload as { incentive: number }).incentive).toBe(19_000_000);
    expect((await awardSnapshot(db, id))!.incentiveWon).toBe(17_000_000);
  });

  it("refuses an officer's change to another department's award and writes nothing", async () => {
    const id = await awardId("지방세 징수 우수기관");
    const before = {
      award: await awardSnapshot(db, id),
      audit: await auditCount(),
      submissions: (await db.select().from(submissions)).length,
    };
    await expect(
      saveAward(
        welfare,
        { ...(await input({ departmentIds: [await departmentId("주민복지과")] })), id, version: 1 },
        ctx,
      ),
    ).rejects.toThrow(ForbiddenError);
    await expect(deleteAward(welfare, { id, version: 1 }, ctx)).rejects.toThrow(ForbiddenError);
    expect({
      award: await awardSnapshot(db, id),
      audit: await auditCount(),
      submissions: (await db.select().from(submissions)).length,
    }).toEqual(before);
  });

  it("lets either department of a shared award propose a change, but not hand it away", async () => {
    const id = await awardId("농촌지도사업 우수 기관상");
    const farmer: StaffViewer = { ...welfare, departmentId: await departmentId("농촌지원과") };
    await expect(
      saveAward(
        farmer,
        { ...(await input({ departmentIds: [await departmentId("기술보급과")] })), id, version: 1 },
        ctx,
      ),
    ).rejects.toThrow(FieldError);
    await expect(
      saveAward(
        farmer,
        {
          ...(await input({ departmentIds: [await departmentId("농촌지원과"), await departmentId("기술보급과")] })),
          id,
          version: 1,
        },
        ctx,
      ),
    ).resolves.toBeDefined();
  });

  it("refuses a stale version and reports the stored values", async () => {
    const id = await awardId("세외수입 운영실적 우수기관");
    await saveAward(
      planner,
      {
        ...(await input({
          title: "세외수입 운영실적 우수기관",
          departmentIds: [await departmentId("세정과")],
          incentive: 2_000_000,
        })),
        id,
        version: 1,
      },
      ctx,
    );
    try {
      await saveAward(
        planner,
        { ...(await input({ title: "덮어쓰기", departmentIds: [await departmentId("세정과")] })), id, version: 1 },
        ctx,
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError<{ version: number; title: string }>).current).toMatchObject({
        version: 2,
        title: "세외수입 운영실적 우수기관",
      });
    }
    expect((await awardSnapshot(db, id))!.title).toBe("세외수입 운영실적 우수기관");
  });

  it("refuses awards for a year kept only as printed totals (2022)", async () => {
    try {
      await saveAward(planner, await input({ year: 2022, title: "2022년 개별 입력" }), ctx);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FieldError);
      expect((error as FieldError).fieldErrors.year[0]).toContain("총계(45건)로만 기록된 해");
    }
  });

  it("refuses edits to a closed year, beside the year field", async () => {
    await db.update(years).set({ status: "closed" }).where(eq(years.year, 2023));
    try {
      await expect(saveAward(planner, await input({ title: "마감 후 입력" }), ctx)).rejects.toThrow(FieldError);
    } finally {
      await db.update(years).set({ status: "open" }).where(eq(years.year, 2023));
    }
  });
});

describe("review", () => {
  it("approving an officer's proposal publishes it; returning one keeps the reason for the officer", async () => {
    await saveAward(welfare, await input({ title: "승인될 제출" }), ctx);
    await saveAward(welfare, await input({ title: "반려될 제출" }), ctx);
    const pending = await listSubmissions(planner, { statuses: ["pending"] });
    const approve = pending.find((s) => s.content.title === "승인될 제출")!;
    const reject = pending.find((s) => s.content.title === "반려될 제출")!;

    await expect(approveSubmissions(welfare, [{ id: approve.id, version: approve.version }], ctx)).rejects.toThrow(
      ForbiddenError,
    );
    expect((await approveSubmissions(planner, [{ id: approve.id, version: approve.version }], ctx)).tags).toEqual([
      "awards",
    ]);
    expect(await awardSnapshot(db, await awardId("승인될 제출"))).toMatchObject({ incentiveWon: 12_500_000 });

    await returnSubmissions(planner, [{ id: reject.id, version: reject.version }], "근거 서류를 첨부해 주세요.", ctx);
    const returned = (await listSubmissions(welfare)).find((s) => s.id === reject.id)!;
    expect(returned).toMatchObject({ status: "returned", reviewNote: "근거 서류를 첨부해 주세요." });
    expect((await listSubmissions(tax)).some((s) => s.id === reject.id)).toBe(false);
  });

  it("an approval that would overwrite a newer published version is refused", async () => {
    const id = await awardId("2022년 지역사회보장계획 시행결과");
    await saveAward(
      welfare,
      { ...(await input({ title: "2022년 지역사회보장계획 시행결과", incentive: 31_000_000 })), id, version: 1 },
      ctx,
    );
    await saveAward(
      planner,
      { ...(await input({ title: "2022년 지역사회보장계획 시행결과", incentive: 30_500_000 })), id, version: 1 },
      ctx,
    );
    const proposal = (await listSubmissions(planner, { statuses: ["pending"] })).find((s) => s.entityId === id)!;
    await expect(approveSubmissions(planner, [{ id: proposal.id, version: proposal.version }], ctx)).rejects.toThrow(
      ConflictError,
    );
    expect((await awardSnapshot(db, id))!.incentiveWon).toBe(30_500_000);
  });
});

describe("trash", () => {
  it("a planner's delete is soft and a planner can restore it; officers cannot restore", async () => {
    const id = await awardId("2023년 영양플러스사업 우수사례");
    await deleteAward(planner, { id, version: 1 }, ctx);
    expect((await db.select().from(awards).where(eq(awards.id, id)))[0]!.deletedAt).not.toBeNull();
    await expect(restoreAward(welfare, { id }, ctx)).rejects.toThrow(ForbiddenError);
    await restoreAward(planner, { id }, ctx);
    expect(await awardSnapshot(db, id)).toMatchObject({ deleted: false, version: 3 });
  });
});
