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

const db = seededDb();
const ctx = { ip: "127.0.0.1" };
let planning: StaffViewer;
let secondPlanner: StaffViewer;
let welfare: StaffViewer;

const SELF_APPROVAL = "본인이 제출한 변경은 승인할 수 없습니다. 다른 기획 담당자의 승인을 받아 주세요.";
const setFourEyes = (on: boolean) => db.update(organisation).set({ fourEyes: on }).where(eq(organisation.id, 1)).run();
const departmentId = (name: string) => db.select().from(departments).where(eq(departments.name, name)).get()!.id;
const awardNamed = (title: string) => db.select().from(awards).where(eq(awards.title, title)).get()!;
const submission = (id: number) => db.select().from(submissions).where(eq(submissions.id, id)).get()!;
const kpiNamed = (slug: string) => db.select().from(kpis).where(eq(kpis.slug, slug)).get()!;

function awardInput(award: typeof awards.$inferSelect, overrides: { title?: string; incentive?: number } = {}) {
  return {
    id: award.id,
    version: award.version,
    year: award.year,
    title: overrides.title ?? award.title,
    agencyId: award.agencyId,
    grade: award.grade,
    incentive: overrides.incentive ?? award.incentiveWon,
    departmentIds: [departmentId("주민복지과")],
  };
}

beforeAll(async () => {
  await seedDemoUsers(db);
  planning = viewerOf("planning");
  welfare = viewerOf("welfare");
  const second = insertUser(db, { departmentId: departmentId("기획감사실"), username: "planning2" });
  db.update(users).set({ role: "planner" }).where(eq(users.id, second.id)).run();
  secondPlanner = viewerOf("planning2");
});

beforeEach(() => setFourEyes(false));

describe("the four-eyes rule off (the demo)", () => {
  it("publishes a planner's award edit at once, as before", async () => {
    const award = awardNamed("2022년 지역자활센터 성과평가");
    const write = await saveAward(planning, awardInput(award, { title: "규칙 없이 바로 게시" }), ctx);
    expect(write).toMatchObject({ kind: "published", change: "update" });
    expect((await awardSnapshot(db, award.id))?.title).toBe("규칙 없이 바로 게시");
  });

  it("lets a planner approve a proposal they saved themselves", async () => {
    setFourEyes(true);
    const award = awardNamed("규칙 없이 바로 게시");
    const write = await saveAward(planning, awardInput(award, { title: "규칙을 끈 뒤 본인 승인" }), ctx);
    if (write.kind !== "proposed") throw new Error("expected a proposal");
    setFourEyes(false);
    const s = submission(write.proposalId);
    await approveSubmissions(planning, [{ id: s.id, version: s.version }], ctx);
    expect((await awardSnapshot(db, award.id))?.title).toBe("규칙을 끈 뒤 본인 승인");
  });
});

describe("the four-eyes rule on", () => {
  it("turns planning's award edit into a proposal that planning cannot approve and a second planner can", async () => {
    setFourEyes(true);
    const award = awardNamed("규칙을 끈 뒤 본인 승인");
    const write = await saveAward(
      planning,
      awardInput(award, { title: "두 사람이 본 수정", incentive: 7_000_000 }),
      ctx,
    );
    expect(write).toMatchObject({ kind: "proposed", change: "update", tags: [] });
    if (write.kind !== "proposed") return;
    // The public keeps the approved record until someone else approves.
    expect((await awardSnapshot(db, award.id))?.title).toBe("규칙을 끈 뒤 본인 승인");
    const s = submission(write.proposalId);
    expect(s).toMatchObject({
      status: "pending",
      submittedBy: planning.userId,
      departmentId: departmentId("주민복지과"),
    });

    const own = approveSubmissions(planning, [{ id: s.id, version: s.version }], ctx);
    await expect(own).rejects.toBeInstanceOf(ForbiddenError);
    await expect(own).rejects.toThrow(SELF_APPROVAL);
    expect(submission(s.id).status).toBe("pending");

    await approveSubmissions(secondPlanner, [{ id: s.id, version: s.version }], ctx);
    expect(await awardSnapshot(db, award.id)).toMatchObject({ title: "두 사람이 본 수정", incentiveWon: 7_000_000 });
    expect(submission(s.id)).toMatchObject({ status: "approved", reviewedBy: secondPlanner.userId });
  });

  it("makes a planner's new award and deletion proposals too; the planner may still withdraw by returning", async () => {
    setFourEyes(true);
    const created = await saveAward(
      planning,
      {
        ...awardInput(awardNamed("두 사람이 본 수정"), { title: "규칙 아래 새 수상" }),
        id: undefined,
        version: undefined,
      },
      ctx,
    );
    expect(created).toMatchObject({ kind: "proposed", change: "create" });
    expect(db.select().from(awards).where(eq(awards.title, "규칙 아래 새 수상")).all()).toEqual([]);

    const target = awardNamed("두 사람이 본 수정");
    const deleted = await deleteAward(planning, { id: target.id, version: target.version }, ctx);
    expect(deleted).toMatchObject({ kind: "proposed", change: "delete" });
    expect((await awardSnapshot(db, target.id))?.deleted).toBe(false);
    if (deleted.kind !== "proposed") return;
    const s = submission(deleted.proposalId);
    await returnSubmissions(planning, [{ id: s.id, version: s.version }], "잘못 눌렀습니다", ctx);
    expect(submission(s.id).status).toBe("returned");
  });

  it("turns planning's KPI value and target into proposals for another planner", async () => {
    setFourEyes(true);
    const kpi = kpiNamed("employment-rate");
    const value = db
      .select()
      .from(kpiValues)
      .where(and(eq(kpiValues.kpiId, kpi.id), isNull(kpiValues.deletedAt)))
      .get()!;
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
    expect(db.select().from(kpiValues).where(eq(kpiValues.id, value.id)).get()!.value).toBe(value.value);

    const items = [write.proposalId, target.proposalId].map((id) => ({ id, version: submission(id).version }));
    await expect(approveSubmissions(planning, items, ctx)).rejects.toThrow(SELF_APPROVAL);
    await approveSubmissions(secondPlanner, items, ctx);
    expect(db.select().from(kpiValues).where(eq(kpiValues.id, value.id)).get()!.value).toBe("71.2");
    expect(kpiNamed("employment-rate").targetValue).toBe("72");
  });

  it("makes a planner's import a proposal per row, its dry run saying so", async () => {
    setFourEyes(true);
    const file = {
      name: "awards.csv",
      bytes: new TextEncoder().encode(
        "\uFEFF연도,수상명,주관기관,등급,인센티브(백만원),담당부서\r\n2023,규칙 아래 일괄 등록,고용노동부,우수,1,세정과\r\n",
      ),
    };
    expect(await dryRunImport(planning, file)).toMatchObject({ mode: "submit", valid: 1 });
    expect(await confirmImport(planning, file, ctx)).toMatchObject({ ok: true, outcome: { kind: "submitted" } });
    expect(db.select().from(awards).where(eq(awards.title, "규칙 아래 일괄 등록")).all()).toEqual([]);
    const row = db.select().from(submissions).orderBy(desc(submissions.id)).limit(1).get();
    expect(row).toMatchObject({ status: "pending", departmentId: departmentId("세정과") });
  });

  it("leaves an officer's proposal to any planner, the one on duty included", async () => {
    setFourEyes(true);
    const award = awardNamed("2022년 지역사회보장계획 시행결과");
    const write = await saveAward(welfare, awardInput(award, { title: "담당 부서의 제안" }), ctx);
    if (write.kind !== "proposed") throw new Error("expected a proposal");
    const s = submission(write.proposalId);
    await approveSubmissions(planning, [{ id: s.id, version: s.version }], ctx);
    expect((await awardSnapshot(db, award.id))?.title).toBe("담당 부서의 제안");
  });
});

describe("the four-eyes rule on a published edition's text", () => {
  const pointNow = (id: number) => db.select().from(policyPoints).where(eq(policyPoints.id, id)).get();
  const proposedId = (w: { kind: string } & Partial<{ proposalId: number }>) => {
    expect(w.kind).toBe("proposed");
    return w.proposalId!;
  };

  it("turns planning's rewording, addition and deletion into proposals another planner decides", async () => {
    setFourEyes(true);
    const point = insertPoint2023(db);
    const reworded = proposedId(
      await updateEditionPoint(planning, { id: point.id, version: 1, text: "고친 문구" }, ctx),
    );
    expect(pointNow(point.id)?.text).toBe("시험 항목");
    const s = submission(reworded);
    await expect(approvePointProposal(planning, { id: s.id, version: s.version }, ctx)).rejects.toThrow(SELF_APPROVAL);
    await approvePointProposal(secondPlanner, { id: s.id, version: s.version }, ctx);
    expect(pointNow(point.id)).toMatchObject({ text: "고친 문구", version: 2 });

    const areaId = areas2023(db)[0].areaId;
    const added = proposedId(
      await addEditionPoint(planning, { year: 2023, areaId, parentId: null, text: "새 문장" }, ctx),
    );
    expect(db.select().from(policyPoints).where(eq(policyPoints.text, "새 문장")).all()).toEqual([]);
    await approvePointProposal(secondPlanner, { id: added, version: submission(added).version }, ctx);
    expect(db.select().from(policyPoints).where(eq(policyPoints.text, "새 문장")).all()).toHaveLength(1);

    const deleted = proposedId(await deleteEditionPoint(planning, { id: point.id, version: 2 }, ctx));
    expect(pointNow(point.id)).toBeDefined();
    await approvePointProposal(secondPlanner, { id: deleted, version: submission(deleted).version }, ctx);
    expect(pointNow(point.id)).toBeUndefined();
  });

  it("refuses a proposed rewording of a point changed since, and a retitle that has no proposal", async () => {
    const point = insertPoint2023(db);
    setFourEyes(true);
    const reworded = proposedId(
      await updateEditionPoint(planning, { id: point.id, version: 1, text: "늦은 문구" }, ctx),
    );
    setFourEyes(false);
    await updateEditionPoint(planning, { id: point.id, version: 1, text: "그사이 바뀐 문구" }, ctx);
    await expect(
      approvePointProposal(secondPlanner, { id: reworded, version: submission(reworded).version }, ctx),
    ).rejects.toThrow("제출 이후 이 서술 항목이 바뀌었습니다");
    expect(pointNow(point.id)?.text).toBe("그사이 바뀐 문구");

    setFourEyes(true);
    const area = areas2023(db)[0];
    await expect(
      updateEditionArea(planning, { year: 2023, areaId: area.areaId, version: area.version, title: "새 제목" }, ctx),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
