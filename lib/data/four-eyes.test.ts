/** Issue 15, review: the four-eyes rule — a planner's own change waits for another planner's approval. */
import { and, desc, eq, isNull } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { awards, departments, kpis, kpiValues, organisation, policyPoints, submissions, users } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { ForbiddenError } from "@/lib/errors";
import { kpiTargetFormSchema } from "@/lib/validations/kpi-definition";
import { seededDb } from "@/test/db";
import { areas2023, insertPoint2023 } from "@/test/helpers/edition-records";
import { insertUser } from "@/test/helpers/records";
import { viewerOf } from "@/test/viewers";
import { deleteAward, saveAward } from "./award-edits";
import { approvePointProposal } from "./edition-proposals";
import { addEditionPoint, deleteEditionPoint, updateEditionArea, updateEditionPoint } from "./editions";
import { awardSnapshot } from "./award-records";
import { confirmImport, dryRunImport } from "./import";
import { saveKpiTarget } from "./kpi-definitions";
import { saveKpiValue } from "./kpi-edits";
import { approveSubmissions, returnSubmissions } from "./submissions";

const db = await seededDb();
const ctx = { ip: "127.0.0.1" };
let planning: StaffViewer;
let secondPlanner: StaffViewer;
let welfare: StaffViewer;

const SELF_APPROVAL = "본인이 제출한 변경은 승인할 수 없습니다. 다른 기획 담당자의 승인을 받아 주세요.";
const setFourEyes = async (on: boolean) =>
  await db.update(organisation).set({ fourEyes: on }).where(eq(organisation.id, 1));
const departmentId = async (name: string) =>
  (await db.select().from(departments).where(eq(departments.name, name)))[0]!.id;
const awardNamed = async (title: string) => (await db.select().from(awards).where(eq(awards.title, title)))[0]!;
const submission = async (id: number) => (await db.select().from(submissions).where(eq(submissions.id, id)))[0]!;
const kpiNamed = async (slug: string) => (await db.select().from(kpis).where(eq(kpis.slug, slug)))[0]!;

async function awardInput(award: typeof awards.$inferSelect, overrides: { title?: string; incentive?: number } = {}) {
  return {
    id: award.id,
    version: award.version,
    year: award.year,
    title: overrides.title ?? award.title,
    agencyId: award.agencyId,
    grade: award.grade,
    incentive: overrides.incentive ?? award.incentiveWon,
    departmentIds: [await departmentId("주민복지과")],
  };
}

beforeAll(async () => {
  await seedDemoUsers(db);
  planning = await viewerOf("planning");
  welfare = await viewerOf("welfare");
  const second = await insertUser(db, { departmentId: await departmentId("기획감사실"), username: "planning2" });
  await db.update(users).set({ role: "planner" }).where(eq(users.id, second.id));
  secondPlanner = await viewerOf("planning2");
});

beforeEach(async () => await setFourEyes(false));

describe("the four-eyes rule off (the demo)", () => {
  it("publishes a planner's award edit at once, as before", async () => {
    const award = await awardNamed("2022년 지역자활센터 성과평가");
    const write = await saveAward(planning, await awardInput(award, { title: "규칙 없이 바로 게시" }), ctx);
    expect(write).toMatchObject({ kind: "published", change: "update" });
    expect((await awardSnapshot(db, award.id))?.title).toBe("규칙 없이 바로 게시");
  });

  it("lets a planner approve a proposal they saved themselves", async () => {
    await setFourEyes(true);
    const award = await awardNamed("규칙 없이 바로 게시");
    const write = await saveAward(planning, await awardInput(award, { title: "규칙을 끈 뒤 본인 승인" }), ctx);
    if (write.kind !== "proposed") throw new Error("expected a proposal");
    await setFourEyes(false);
    const s = await submission(write.proposalId);
    await approveSubmissions(planning, [{ id: s.id, version: s.version }], ctx);
    expect((await awardSnapshot(db, award.id))?.title).toBe("규칙을 끈 뒤 본인 승인");
  });
});

describe("the four-eyes rule on", () => {
  it("turns planning's award edit into a proposal that planning cannot approve and a second planner can", async () => {
    await setFourEyes(true);
    const award = await awardNamed("규칙을 끈 뒤 본인 승인");
    const write = await saveAward(
      planning,
      await awardInput(award, { title: "두 사람이 본 수정", incentive: 7_000_000 }),
      ctx,
    );
    expect(write).toMatchObject({ kind: "proposed", change: "update", tags: [] });
    if (write.kind !== "proposed") return;
    // The public keeps the approved record until someone else approves.
    expect((await awardSnapshot(db, award.id))?.title).toBe("규칙을 끈 뒤 본인 승인");
    const s = await submission(write.proposalId);
    expect(s).toMatchObject({
      status: "pending",
      submittedBy: planning.userId,
      departmentId: await departmentId("주민복지과"),
    });

    const own = approveSubmissions(planning, [{ id: s.id, version: s.version }], ctx);
    await expect(own).rejects.toBeInstanceOf(ForbiddenError);
    await expect(own).rejects.toThrow(SELF_APPROVAL);
    expect((await submission(s.id)).status).toBe("pending");

    await approveSubmissions(secondPlanner, [{ id: s.id, version: s.version }], ctx);
    expect(await awardSnapshot(db, award.id)).toMatchObject({ title: "두 사람이 본 수정", incentiveWon: 7_000_000 });
    expect(await submission(s.id)).toMatchObject({ status: "approved", reviewedBy: secondPlanner.userId });
  });

  it("makes a planner's new award and deletion proposals too; the planner may still withdraw by returning", async () => {
    await setFourEyes(true);
    const created = await saveAward(
      planning,
      {
        ...(await awardInput(await awardNamed("두 사람이 본 수정"), { title: "규칙 아래 새 수상" })),
        id: undefined,
        version: undefined,
      },
      ctx,
    );
    expect(created).toMatchObject({ kind: "proposed", change: "create" });
    expect(await db.select().from(awards).where(eq(awards.title, "규칙 아래 새 수상"))).toEqual([]);

    const target = await awardNamed("두 사람이 본 수정");
    const deleted = await deleteAward(planning, { id: target.id, version: target.version }, ctx);
    expect(deleted).toMatchObject({ kind: "proposed", change: "delete" });
    expect((await awardSnapshot(db, target.id))?.deleted).toBe(false);
    if (deleted.kind !== "proposed") return;
    const s = await submission(deleted.proposalId);
    await returnSubmissions(planning, [{ id: s.id, version: s.version }], "잘못 눌렀습니다", ctx);
    expect((await submission(s.id)).status).toBe("returned");
  });

  it("turns planning's KPI value and target into proposals for another planner", async () => {
    await setFourEyes(true);
    const kpi = await kpiNamed("employment-rate");
    const value = (
      await db
        .select()
        .from(kpiValues)
        .where(and(eq(kpiValues.kpiId, kpi.id), isNull(kpiValues.deletedAt)))
    )[0]!;
    const period = { kind: "half", year: 2023, half: 1 } as const;
    const write = await saveKpiValue(
      planning,
      { kpiId: kpi.id, version: value.version, period, value: "71.2", valueUnit: null },
      ctx,
    );
    expect(write).toMatchObject({ kind: "proposed" });
    const target = await saveKpiTarget(
      planning,
      kpiTargetFormSchema.parse({ kpiId: String(kpi.id), version: String(kpi.version), target: "72", source: "출처" }),
      ctx,
    );
    expect(target).toMatchObject({ kind: "proposed" });
    if (write.kind !== "proposed" || target.kind !== "proposed") return;
    expect((await db.select().from(kpiValues).where(eq(kpiValues.id, value.id)))[0]!.value).toBe(value.value);

    const items = await Promise.all(
      [write.proposalId, target.proposalId].map(async (id) => ({ id, version: (await submission(id)).version })),
    );
    await expect(approveSubmissions(planning, items, ctx)).rejects.toThrow(SELF_APPROVAL);
    await approveSubmissions(secondPlanner, items, ctx);
    expect((await db.select().from(kpiValues).where(eq(kpiValues.id, value.id)))[0]!.value).toBe("71.2");
    expect((await kpiNamed("employment-rate")).targetValue).toBe("72");
  });

  it("makes a planner's import a proposal per row, its dry run saying so", async () => {
    await setFourEyes(true);
    const file = {
      name: "awards.csv",
      bytes: new TextEncoder().encode(
        "\uFEFF연도,수상명,주관기관,등급,인센티브(백만원),담당부서\r\n2023,규칙 아래 일괄 등록,고용노동부,우수,1,세정과\r\n",
      ),
    };
    expect(await dryRunImport(planning, file)).toMatchObject({ mode: "submit", valid: 1 });
    expect(await confirmImport(planning, file, ctx)).toMatchObject({ ok: true, outcome: { kind: "submitted" } });
    expect(await db.select().from(awards).where(eq(awards.title, "규칙 아래 일괄 등록"))).toEqual([]);
    const row = (await db.select().from(submissions).orderBy(desc(submissions.id)).limit(1))[0];
    expect(row).toMatchObject({ status: "pending", departmentId: await departmentId("세정과") });
  });

  it("leaves an officer's proposal to any planner, the one on duty included", async () => {
    await setFourEyes(true);
    const award = await awardNamed("2022년 지역사회보장계획 시행결과");
    const write = await saveAward(welfare, await awardInput(award, { title: "담당 부서의 제안" }), ctx);
    if (write.kind !== "proposed") throw new Error("expected a proposal");
    const s = await submission(write.proposalId);
    await approveSubmissions(planning, [{ id: s.id, version: s.version }], ctx);
    expect((await awardSnapshot(db, award.id))?.title).toBe("담당 부서의 제안");
  });
});

describe("the four-eyes rule on a published edition's text", () => {
  const pointNow = async (id: number) => (await db.select().from(policyPoints).where(eq(policyPoints.id, id)))[0];
  const proposedId = (w: { kind: string } & Partial<{ proposalId: number }>) => {
    expect(w.kind).toBe("proposed");
    return w.proposalId!;
  };

  it("turns planning's rewording, addition and deletion into proposals another planner decides", async () => {
    await setFourEyes(true);
    const point = await insertPoint2023(db);
    const reworded = proposedId(
      await updateEditionPoint(planning, { id: point.id, version: 1, text: "고친 문구" }, ctx),
    );
    expect((await pointNow(point.id))?.text).toBe("시험 항목");
    const s = await submission(reworded);
    await expect(approvePointProposal(planning, { id: s.id, version: s.version }, ctx)).rejects.toThrow(SELF_APPROVAL);
    await approvePointProposal(secondPlanner, { id: s.id, version: s.version }, ctx);
    expect(await pointNow(point.id)).toMatchObject({ text: "고친 문구", version: 2 });

    const areaId = (await areas2023(db))[0].areaId;
    const added = proposedId(
      await addEditionPoint(planning, { year: 2023, areaId, parentId: null, text: "새 문장" }, ctx),
    );
    expect(await db.select().from(policyPoints).where(eq(policyPoints.text, "새 문장"))).toEqual([]);
    await approvePointProposal(secondPlanner, { id: added, version: (await submission(added)).version }, ctx);
    expect(await db.select().from(policyPoints).where(eq(policyPoints.text, "새 문장"))).toHaveLength(1);

    const deleted = proposedId(await deleteEditionPoint(planning, { id: point.id, version: 2 }, ctx));
    expect(await pointNow(point.id)).toBeDefined();
    await approvePointProposal(secondPlanner, { id: deleted, version: (await submission(deleted)).version }, ctx);
    expect(await pointNow(point.id)).toBeUndefined();
  });

  it("refuses a proposed rewording of a point changed since, and a retitle that has no proposal", async () => {
    const point = await insertPoint2023(db);
    await setFourEyes(true);
    const reworded = proposedId(
      await updateEditionPoint(planning, { id: point.id, version: 1, text: "늦은 문구" }, ctx),
    );
    await setFourEyes(false);
    await updateEditionPoint(planning, { id: point.id, version: 1, text: "그사이 바뀐 문구" }, ctx);
    await expect(
      approvePointProposal(secondPlanner, { id: reworded, version: (await submission(reworded)).version }, ctx),
    ).rejects.toThrow("제출 이후 이 서술 항목이 바뀌었습니다");
    expect((await pointNow(point.id))?.text).toBe("그사이 바뀐 문구");

    await setFourEyes(true);
    const area = (await areas2023(db))[0];
    await expect(
      updateEditionArea(planning, { year: 2023, areaId: area.areaId, version: area.version, title: "새 제목" }, ctx),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
