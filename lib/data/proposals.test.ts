/**
 * Issue 12.5, no proposal is lost: two saves made from the same starting state (two officers, or
 * one officer in two tabs). The second must be refused with the proposal that is open now, and
 * the first must be what is stored.
 */
import { periodFromFields } from "@/lib/validations/period";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { isUniqueViolation } from "@/db/errors";
import { beforeAll, describe, expect, it } from "vitest";
import { transaction } from "@/db";
import { departments, kpis, kpiValues, submissions } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { ConflictError } from "@/lib/errors";
import type { AwardInput } from "@/lib/validations/award";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { deleteAward, saveAward } from "./award-edits";
import { kpiValueSnapshot } from "./kpi-records";
import { saveKpiValue } from "./kpi-edits";
import { proposeAwardFromImport } from "./proposals";
import { resubmitNewAward } from "./submissions";

const db = await seededDb();
const ctx = { ip: "127.0.0.1" };
let planner: StaffViewer;
let welfare: StaffViewer;

const welfareId = async () => (await db.select().from(departments).where(eq(departments.name, "주민복지과")))[0]!.id;
const award = async (overrides: Partial<AwardInput> = {}): Promise<AwardInput> => ({
  year: 2023,
  title: "동시 저장 시험",
  agencyId: 2,
  grade: "우수",
  incentive: 10_000_000,
  departmentIds: [await welfareId()],
  ...overrides,
});

/** The error a call throws, so a test can look at what the refusal shows. */
async function refusal(call: () => unknown): Promise<ConflictError<Record<string, unknown>>> {
  try {
    await call();
  } catch (error) {
    if (error instanceof ConflictError) return error as ConflictError<Record<string, unknown>>;
    throw error;
  }
  throw new Error("expected a ConflictError, but the save was accepted");
}

const openOn = async (target: string) =>
  await db
    .select()
    .from(submissions)
    .where(and(eq(submissions.target, target), inArray(submissions.status, ["pending", "returned"])));

async function publishedAward(title: string) {
  const write = await saveAward(planner, await award({ title }), ctx);
  if (write.kind !== "published") throw new Error("a planner's save publishes");
  return { id: write.awardId, version: 1 };
}

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  welfare = await viewerOf("welfare");
});

describe("two saves from the same state", () => {
  it("award edit: both tabs saw no open proposal; the second is refused with the first's proposal", async () => {
    const { id, version } = await publishedAward("두 탭 수정 시험");
    const first = await saveAward(
      welfare,
      { ...(await award({ incentive: 5_000_000 })), id, version, submissionVersion: null },
      ctx,
    );
    expect(first.kind).toBe("proposed");
    const second = await refusal(async () =>
      saveAward(welfare, { ...(await award({ incentive: 7_000_000 })), id, version, submissionVersion: null }, ctx),
    );
    expect(second.current).toMatchObject({ incentive: 5_000_000, status: "pending", proposalVersion: 1 });
    const open = await openOn(`award:${id}`);
    expect(open.map((s) => (s.payload as { incentive: number }).incentive)).toEqual([5_000_000]);

    // Saving again on the version the refusal showed is a deliberate replacement, and is accepted.
    await saveAward(welfare, { ...(await award({ incentive: 7_000_000 })), id, version, submissionVersion: 1 }, ctx);
    expect(
      (await openOn(`award:${id}`)).map((s) => [s.version, (s.payload as { incentive: number }).incentive]),
    ).toEqual([[2, 7_000_000]]);
  });

  it("award edit: a save based on an older version of the open proposal is refused", async () => {
    const { id, version } = await publishedAward("낡은 제출 버전 시험");
    await saveAward(welfare, { ...(await award({ grade: "최우수" })), id, version, submissionVersion: null }, ctx);
    await saveAward(welfare, { ...(await award({ grade: "대상" })), id, version, submissionVersion: 1 }, ctx);
    const stale = await refusal(async () =>
      saveAward(welfare, { ...(await award({ grade: "장려" })), id, version, submissionVersion: 1 }, ctx),
    );
    expect(stale.current).toMatchObject({ grade: "대상", proposalVersion: 2 });
  });

  it("award delete: asking to delete an award whose edit was proposed meanwhile is refused", async () => {
    const { id, version } = await publishedAward("삭제 경합 시험");
    await saveAward(
      welfare,
      { ...(await award({ title: "삭제 경합 시험 (고침)" })), id, version, submissionVersion: null },
      ctx,
    );
    const refused = await refusal(() => deleteAward(welfare, { id, version, submissionVersion: null }, ctx));
    expect(refused.current).toMatchObject({ title: "삭제 경합 시험 (고침)", proposalVersion: 1 });
    expect((await openOn(`award:${id}`)).map((s) => s.action)).toEqual(["update"]);
  });

  it("KPI value: one officer's 5 is not overwritten by another's 7 made from the same state", async () => {
    const kpiId = (await db.select().from(kpis).where(eq(kpis.slug, "community-care-streak")))[0]!.id;
    const value = (
      await db
        .select()
        .from(kpiValues)
        .where(and(eq(kpiValues.kpiId, kpiId), isNull(kpiValues.deletedAt)))
    )[0]!;
    const period = periodFromFields(value)!;
    const base = { kpiId, version: value.version, valueUnit: null, period, submissionVersion: null };
    await saveKpiValue(welfare, { ...base, value: "5" }, ctx);
    const second = await refusal(() => saveKpiValue(welfare, { ...base, value: "7" }, ctx));
    expect(second.current).toMatchObject({ value: "5", typed: "5", proposalVersion: 1 });
    expect((await openOn(`kpi_value:${value.id}`)).map((s) => (s.payload as { value: string }).value)).toEqual(["5"]);
    expect((await kpiValueSnapshot(db, value.id))?.value).toBe(value.value);
  });

  it("KPI value for a new period: the second proposal for the same period is refused", async () => {
    const kpiId = (await db.select().from(kpis).where(eq(kpis.slug, "elderly-care-leading-cities")))[0]!.id;
    const period = { kind: "half", year: 2024, half: 1 } as const;
    const base = { kpiId, version: undefined, valueUnit: null, period, submissionVersion: null };
    await saveKpiValue(welfare, { ...base, value: "3" }, ctx);
    const second = await refusal(() => saveKpiValue(welfare, { ...base, value: "4" }, ctx));
    expect(second.current).toMatchObject({ period: "2024 상반기", value: "3", proposalVersion: 1 });
    expect(await openOn(`kpi:${kpiId}:2024 상반기`)).toHaveLength(1);
  });

  it("resubmit: two corrections of one returned proposal from the same version; the second is refused", async () => {
    const write = await saveAward(welfare, await award({ title: "다시 제출 경합" }), ctx);
    if (write.kind !== "proposed") throw new Error("an officer's save is a proposal");
    const { year, title, agencyId, grade, incentive, departmentIds } = await award({ title: "다시 제출 경합 1" });
    const content = { year, title, agencyId, grade, incentive, departmentIds };
    await resubmitNewAward(welfare, { submissionId: write.proposalId, submissionVersion: 1, content }, ctx);
    const second = await refusal(() =>
      resubmitNewAward(
        welfare,
        { submissionId: write.proposalId, submissionVersion: 1, content: { ...content, title: "다시 제출 경합 2" } },
        ctx,
      ),
    );
    expect(second.current).toMatchObject({ title: "다시 제출 경합 1", proposalVersion: 2 });
  });

  it("import: a row that updates an award never replaces the proposal open on it", async () => {
    const { id, version } = await publishedAward("가져오기 경합 시험");
    await saveAward(welfare, { ...(await award({ grade: "대상" })), id, version, submissionVersion: null }, ctx);
    const { year, title, agencyId, grade, incentive, departmentIds } = await award({ grade: "장려" });
    const content = { year, title, agencyId, grade, incentive, departmentIds };
    const refused = await refusal(() =>
      transaction((tx) => proposeAwardFromImport(tx, welfare, { content, award: { id, version }, note: "1행" }, ctx)),
    );
    expect(refused.current).toMatchObject({ grade: "대상", proposalVersion: 1 });
  });
});

describe("the guards are SQL", () => {
  it("the database refuses a second open proposal on one target, whatever code writes it", async () => {
    const { id, version } = await publishedAward("색인 시험");
    await saveAward(welfare, { ...(await award()), id, version, submissionVersion: null }, ctx);
    const row = (await openOn(`award:${id}`))[0];
    const { id: _id, ...copy } = row;
    await expect(async () => {
      await db.insert(submissions).values({ ...copy, version: 1 });
    }).rejects.toSatisfy(isUniqueViolation);
    // A closed proposal on the same target is history, not a second open one.
    await db.insert(submissions).values({ ...copy, status: "approved" });
    expect(await openOn(`award:${id}`)).toHaveLength(1);
  });
});
