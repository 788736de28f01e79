import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agencies, auditLog, awardDepartments, awards, departments, kpis, submissions } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { FieldError, ForbiddenError } from "@/lib/errors";
import { awardQuerySchema } from "@/lib/validations/award-query";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { saveAward } from "./award-edits";
import { awardFormOptions } from "./award-form-options";
import { saveAwardWithNewAgency } from "./agency-proposals";
import { queryAwardPage } from "./public-awards";
import { departmentSuccessor } from "./public-registry";
import { getYearSummary } from "./public-summary";
import { addRegistryEntry, setRegistryEntryActive } from "./registry-entries";
import { mergeDepartments, splitDepartment } from "./reorganisations";
import { approveSubmissions, listSubmissions, returnSubmissions } from "./submissions";

const db = await seededDb();
const ctx = { ip: "127.0.0.1" };
let admin: StaffViewer;
let planner: StaffViewer;
let welfare: StaffViewer;

const departmentId = async (name: string) =>
  (await db.select().from(departments).where(eq(departments.name, name)))[0]!.id;
const agencyByName = async (name: string) => (await db.select().from(agencies).where(eq(agencies.name, name)))[0];
const auditActions = async () => (await db.select({ action: auditLog.action }).from(auditLog)).map((r) => r.action);
const fieldErrorsOf = async (p: Promise<unknown>) => {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FieldError);
  return (error as FieldError).fieldErrors;
};

/** What the public awards list shows for a department and year: count, total and the names on the rows. */
async function publicList(department: number, year = 2023) {
  const query = awardQuerySchema.parse({ year: String(year), department: String(department), pageSize: "100" });
  const page = await queryAwardPage({ ...query, dir: "asc", pageSize: 100 });
  return { total: page.total, incentive: page.incentiveTotalWon, rows: page.rows };
}

beforeAll(async () => {
  await seedDemoUsers(db);
  admin = await viewerOf("admin");
  planner = await viewerOf("planning");
  welfare = await viewerOf("welfare");
});

describe("adding and deactivating registry entries", () => {
  it("adds a department and a body with its kind, audited, and offers them for new awards", async () => {
    const dept = await addRegistryEntry(admin, { kind: "department", name: "미래전략과" }, ctx);
    const body = await addRegistryEntry(admin, { kind: "agency", name: "새만금개발청", agencyKind: "central" }, ctx);
    expect(dept).toMatchObject({ kind: "added", entry: "department", tags: ["registry"] });
    expect(await agencyByName("새만금개발청")).toMatchObject({ kind: "central", active: true });
    expect(await auditActions()).toEqual(expect.arrayContaining(["department.create", "agency.create"]));
    const options = await awardFormOptions();
    expect(options.departments.map((d) => d.id)).toContain(dept.id);
    expect(options.agencies.map((a) => a.id)).toContain(body.id);
  });

  it("refuses a duplicate name, also spelled with other spacing, with a message beside the name", async () => {
    expect(await fieldErrorsOf(addRegistryEntry(admin, { kind: "department", name: "주민복지과" }, ctx))).toEqual({
      name: ["같은 이름의 부서가 이미 등록되어 있습니다."],
    });
    const spaced = addRegistryEntry(admin, { kind: "agency", name: "새만금 개발청", agencyKind: "public" }, ctx);
    expect((await fieldErrorsOf(spaced)).name).toEqual(["같은 이름의 주관기관이 이미 등록되어 있습니다."]);
  });

  it("refuses officers and planners", async () => {
    await expect(addRegistryEntry(planner, { kind: "department", name: "기획2과" }, ctx)).rejects.toThrow(
      ForbiddenError,
    );
    await expect(setRegistryEntryActive(welfare, { kind: "agency", id: 1, active: false }, ctx)).rejects.toThrow(
      ForbiddenError,
    );
  });

  it("takes a body out of new awards but keeps it on the awards that have it", async () => {
    const award = (await db.select().from(awards).where(eq(awards.year, 2023)))[0]!;
    const before = await publicList(
      (await db.select().from(awardDepartments).where(eq(awardDepartments.awardId, award.id)))[0]!.departmentId,
    );
    await setRegistryEntryActive(admin, { kind: "agency", id: award.agencyId, active: false }, ctx);
    expect((await awardFormOptions()).agencies.map((a) => a.id)).not.toContain(award.agencyId);
    expect((await awardFormOptions({ agencyId: award.agencyId })).agencies.map((a) => a.id)).toContain(award.agencyId);
    // A new award may not use it...
    const refused = Promise.resolve().then(async () =>
      saveAward(
        planner,
        {
          year: 2023,
          title: "사용 중지 기관 시험",
          agencyId: award.agencyId,
          grade: null,
          incentive: null,
          departmentIds: [await departmentId("주민복지과")],
        },
        ctx,
      ),
    );
    expect((await fieldErrorsOf(refused)).agencyId?.[0]).toContain("사용이 중지된");
    // ...the award that has it still shows it, with the same figures.
    const dept = (await db.select().from(awardDepartments).where(eq(awardDepartments.awardId, award.id)))[0]!;
    const after = await publicList(dept.departmentId);
    expect(after.total).toBe(before.total);
    expect(after.rows.find((r) => r.id === award.id)?.agency.id).toBe(award.agencyId);
    await setRegistryEntryActive(admin, { kind: "agency", id: award.agencyId, active: true }, ctx);
    expect(await auditActions()).toEqual(expect.arrayContaining(["agency.deactivate", "agency.reactivate"]));
  });
});

describe("a body proposed with an award", () => {
  const award = async (title: string) => ({
    year: 2023,
    title,
    grade: "우수",
    incentive: 3_000_000,
    departmentIds: [await departmentId("주민복지과")],
  });

  it("refuses a name already registered, beside the new body's name", async () => {
    const errors = await fieldErrorsOf(
      saveAwardWithNewAgency(
        welfare,
        { ...(await award("중복 기관")), newAgency: { name: "행정안전부", kind: "central" } },
        ctx,
      ),
    );
    expect(errors.newAgencyName?.[0]).toContain("이미 등록된 주관기관");
  });

  it("waits for review with no body created; approval creates the body and the award together", async () => {
    const out = await saveAwardWithNewAgency(
      welfare,
      { ...(await award("새 기관 수상")), newAgency: { name: "한국지역정보개발원", kind: "public" } },
      ctx,
    );
    expect(out.kind).toBe("proposed");
    expect(await agencyByName("한국지역정보개발원")).toBeUndefined();
    const s = (await listSubmissions(planner, { statuses: ["pending"] })).find(
      (x) => x.content.title === "새 기관 수상",
    )!;
    expect(s.proposal.kind).toBe("award.create_with_agency");
    const review = await approveSubmissions(planner, [{ id: s.id, version: s.version }], ctx);
    expect(review.tags).toEqual(expect.arrayContaining(["awards", "registry"]));
    const body = (await agencyByName("한국지역정보개발원"))!;
    expect(body).toMatchObject({ kind: "public", active: true });
    const published = (await db.select().from(awards).where(eq(awards.title, "새 기관 수상")))[0]!;
    expect(published.agencyId).toBe(body.id);
    const { rows } = await publicList(await departmentId("주민복지과"));
    expect(rows.find((r) => r.id === published.id)?.agency.name).toBe("한국지역정보개발원");
  });

  it("returning it creates neither", async () => {
    await saveAwardWithNewAgency(
      welfare,
      { ...(await award("반려될 수상")), newAgency: { name: "가상의 재단", kind: "public" } },
      ctx,
    );
    const s = (await listSubmissions(planner, { statuses: ["pending"] })).find(
      (x) => x.content.title === "반려될 수상",
    )!;
    await returnSubmissions(planner, [{ id: s.id, version: s.version }], "기관명을 확인해 주세요.", ctx);
    expect(await agencyByName("가상의 재단")).toBeUndefined();
    expect((await db.select().from(awards).where(eq(awards.title, "반려될 수상")))[0]).toBeUndefined();
  });

  it("a planner's entry publishes both at once", async () => {
    const out = await saveAwardWithNewAgency(
      planner,
      { ...(await award("기획 새 기관")), newAgency: { name: "국가균형발전위원회", kind: "central" } },
      ctx,
    );
    expect(out).toMatchObject({ kind: "published", tags: ["registry", "awards"] });
    expect(await agencyByName("국가균형발전위원회")).toBeDefined();
  });
});

describe("reorganisations", () => {
  it("merges two departments into a new one: the public counts move together, past rows keep their names", async () => {
    const a = await departmentId("주민복지과");
    const b = await departmentId("세정과");
    const summaryBefore = (await getYearSummary(2023))!;
    const listA = await publicList(a);
    const listB = await publicList(b);
    const shared = listA.rows.filter((r) => listB.rows.some((o) => o.id === r.id)).length;
    // Open proposals name the old departments (the returned one above): the merge waits for them.
    const open = await db
      .select()
      .from(submissions)
      .where(and(inArray(submissions.departmentId, [a, b]), inArray(submissions.status, ["pending", "returned"])));
    expect(open.length).toBeGreaterThan(0);
    const errors = await fieldErrorsOf(
      mergeDepartments(admin, { fromIds: [a, b], newName: "복지세정과", effectiveOn: "2024-01-01" }, ctx),
    );
    expect(errors.fromIds?.[0]).toContain("제출이");
    expect((await db.select().from(departments).where(eq(departments.name, "복지세정과")))[0]).toBeUndefined();
    // The officers withdraw them.
    await db
      .update(submissions)
      .set({ status: "withdrawn" })
      .where(inArray(submissions.departmentId, [a, b]));
    const kpisOfA = (await db.select().from(kpis).where(eq(kpis.departmentId, a))).length;
    const out = await mergeDepartments(
      admin,
      { fromIds: [a, b], newName: "복지세정과", effectiveOn: "2024-01-01" },
      ctx,
    );
    expect(out.tags).toEqual(["registry", "awards", "kpis"]);
    const c = await departmentId("복지세정과");
    const merged = await publicList(c);
    expect(merged.total).toBe(listA.total + listB.total - shared);
    // The dashboard's line for the department is the filter's count.
    const summary = (await getYearSummary(2023))!;
    expect(summary.byDepartment.find((d) => d.departmentId === c)?.awardCount).toBe(merged.total);
    expect(summary.awardCount).toBe(summaryBefore.awardCount);
    expect(summary.incentiveTotalWon).toBe(summaryBefore.incentiveTotalWon);
    // Each 2023 award still shows the department it was published under.
    const names = new Set(merged.rows.flatMap((r) => r.departments.filter((d) => d.id === c).map((d) => d.name)));
    expect(listA.total).toBeGreaterThan(0);
    expect(listB.total).toBeGreaterThan(0);
    expect([...names].sort()).toEqual(["세정과", "주민복지과"]);
    expect((await db.select().from(kpis).where(eq(kpis.departmentId, c))).length).toBeGreaterThanOrEqual(kpisOfA);
    expect((await db.select().from(departments).where(eq(departments.id, a)))[0]).toMatchObject({
      active: false,
      endedOn: "2024-01-01",
      mergedInto: c,
    });
    expect((await awardFormOptions()).departments.map((d) => d.id)).not.toContain(a);
    expect(await auditActions()).toContain("department.merge");
    // A link filtered by an old department leads to the one that holds its records now.
    expect([await departmentSuccessor(a), await departmentSuccessor(b), await departmentSuccessor(c)]).toEqual([
      c,
      c,
      null,
    ]);
  });

  it("splits a department: every record must be assigned, then each goes where the planner chose", async () => {
    const from = await departmentId("기술보급과");
    const { listSplitRecords } = await import("./reorganisations");
    const records = (await listSplitRecords(planner, from))!;
    expect(records.awards.length).toBeGreaterThan(1);
    const targets = [{ name: "기술보급1과" }, { name: "기술보급2과" }];
    const refused = await fieldErrorsOf(
      splitDepartment(planner, { fromId: from, targets, effectiveOn: "2024-07-01", awards: {}, kpis: {} }, ctx),
    );
    expect(Object.keys(refused)).toContain(`award-${records.awards[0].id}`);
    // Nothing changed: the refusal created no department.
    expect((await db.select().from(departments).where(eq(departments.name, "기술보급1과")))[0]).toBeUndefined();
    const choice = Object.fromEntries(records.awards.map((a, i) => [a.id, i === 0 ? 0 : 1]));
    const kpiChoice = Object.fromEntries(records.kpis.map((k) => [k.id, 1]));
    await splitDepartment(
      planner,
      { fromId: from, targets, effectiveOn: "2024-07-01", awards: choice, kpis: kpiChoice },
      ctx,
    );
    const first = await departmentId("기술보급1과");
    // Split up, it has no single successor: its old links are left to show what they can.
    expect(await departmentSuccessor(from)).toBeNull();
    const second = await departmentId("기술보급2과");
    expect((await publicList(first)).total).toBe(1);
    expect((await publicList(second)).total).toBe(records.awards.filter((a) => !a.deleted).length - 1);
    expect((await publicList(first)).rows[0].departments.find((d) => d.id === first)?.name).toBe("기술보급과");
    expect((await db.select().from(departments).where(eq(departments.id, from)))[0]).toMatchObject({
      active: false,
      endedOn: "2024-07-01",
      mergedInto: null,
    });
    await expect(
      splitDepartment(welfare, { fromId: first, targets, effectiveOn: "2024-07-01", awards: {}, kpis: {} }, ctx),
    ).rejects.toThrow(ForbiddenError);
  });
});
