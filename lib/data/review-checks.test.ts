import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agencies, auditLog, awardDepartments, awards, users } from "@/db/schema";
import { departmentIdByName } from "@/db/seed";
import { seedDemoUsers } from "@/db/seed/users";
import { PUBLIC_VIEWER, type StaffViewer } from "@/lib/auth/viewer";
import { ForbiddenError } from "@/lib/errors";
import { seededDb } from "@/test/db";
import { saveAward } from "./award-edits";
import { listDistinctPairs, markDistinctPair } from "./distinct-pairs";
import { listPublishedDuplicates, loadNameRegistry, reviewFlags } from "./review-checks";
import { listSubmissions } from "./submissions";

const db = await seededDb();
const ctx = { ip: "192.0.2.1" };
const AUDIT_A = "2023년도 시·군 감사 운영실태 평가";
const AUDIT_B = "2023년 시군 감사운영실태 평가";

const viewerOf = async (username: string): Promise<StaffViewer> => {
  const u = (await db.select().from(users).where(eq(users.username, username)))[0]!;
  return {
    kind: "staff",
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    departmentId: u.departmentId,
    mustChangePassword: u.mustChangePassword,
  };
};
const agencyId = async (name: string) =>
  (await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, name)))[0]!.id;
const awardId = async (title: string) =>
  (await db.select({ id: awards.id }).from(awards).where(eq(awards.title, title)))[0]!.id;

let planner: StaffViewer;
let welfare: StaffViewer;
let welfareDepartment: number;

/** An officer's proposal for a new award, as the form would send it. */
async function propose(title: string, agency: string, incentive: number | null) {
  await saveAward(
    welfare,
    {
      year: 2023,
      title,
      agencyId: await agencyId(agency),
      grade: "우수",
      incentive,
      departmentIds: [welfareDepartment],
    },
    ctx,
  );
  return (await listSubmissions(planner, { statuses: ["pending"] })).find((s) => s.content.title === title)!;
}

async function flagsOf(submissionId: number) {
  const queue = await listSubmissions(planner, { statuses: ["pending"] });
  return (await reviewFlags(planner, queue)).get(submissionId) ?? [];
}

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  welfare = await viewerOf("welfare");
  welfareDepartment = (await departmentIdByName(db, "주민복지과"))!;
});

describe("duplicates among published awards", () => {
  it("flags the seeded 감사 운영실태 pair until a planner marks it distinct", async () => {
    const [found, ...rest] = await listPublishedDuplicates(planner);
    expect(rest).toEqual([]);
    expect([found.a.title, found.b.title]).toEqual([AUDIT_A, AUDIT_B]);
    expect(found).toMatchObject({
      agency: "충청북도",
      pair: { low: await awardId(AUDIT_A), high: await awardId(AUDIT_B) },
    });

    const outcome = await markDistinctPair(
      planner,
      { awardId: await awardId(AUDIT_B), otherAwardId: await awardId(AUDIT_A) },
      ctx,
    );
    expect(outcome.tags).toEqual([]);
    expect(await listDistinctPairs()).toEqual([{ low: await awardId(AUDIT_A), high: await awardId(AUDIT_B) }]);
    expect(await listPublishedDuplicates(planner)).toEqual([]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, "award.mark_distinct"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: planner.userId, entityId: await awardId(AUDIT_A), ip: ctx.ip });

    // Marking again changes nothing and writes no second audit row.
    await markDistinctPair(planner, { awardId: await awardId(AUDIT_A), otherAwardId: await awardId(AUDIT_B) }, ctx);
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "award.mark_distinct"))).toHaveLength(1);
  });

  it("is for planners only", async () => {
    await expect(listPublishedDuplicates(welfare)).rejects.toThrow(ForbiddenError);
    await expect(listPublishedDuplicates(PUBLIC_VIEWER)).rejects.toThrow(ForbiddenError);
    await expect(markDistinctPair(welfare, { awardId: 1, otherAwardId: 2 }, ctx)).rejects.toThrow(ForbiddenError);
    await expect(reviewFlags(welfare, [])).rejects.toThrow(ForbiddenError);
  });
});

describe("flags on queued submissions", () => {
  it("flags a proposal that repeats a published award, saying which one", async () => {
    const s = await propose("2023년 노인정책 노인돌봄분야 우수지자체", "보건복지부", 5_000_000);
    const flags = await flagsOf(s.id);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: "duplicate", field: "title" });
    const published = await awardId("2023년 노인정책 노인돌봄분야 우수 지자체");
    expect(flags[0].message).toContain(`게시된 실적 #${published} 「2023년 노인정책 노인돌봄분야 우수 지자체」`);
    expect(flags[0].message).toContain("보건복지부");
    // A new award has no id yet, so there is no pair to mark distinct.
    expect(flags[0].pair).toBeUndefined();
  });

  it("flags two open proposals of the same award against each other", async () => {
    const first = await propose("2023년 복지 사각지대 발굴 우수기관", "충청북도", null);
    const second = await propose("2023년도 복지사각지대 발굴 우수기관", "충청북도", null);
    expect((await flagsOf(second.id)).map((f) => f.message)).toEqual([
      expect.stringContaining(`검토 중인 제출 #${first.id}`),
    ]);
    expect((await flagsOf(first.id)).map((f) => f.message)).toEqual([
      expect.stringContaining(`검토 중인 제출 #${second.id}`),
    ]);
  });

  it("flags an incentive far outside what the body gives", async () => {
    const s = await propose("2023년 사회복지 시설 평가 최우수", "충청북도", 500_000_000);
    const [flag] = await flagsOf(s.id);
    expect(flag).toMatchObject({ kind: "outlier", field: "incentive" });
    expect(flag.message).toContain("500백만원");
    expect(flag.message).toContain("충청북도의 게시된 인센티브 13건");
    expect(flag.message).toContain("중앙값 4백만원");
  });

  it("leaves an ordinary proposal alone", async () => {
    const s = await propose("2023년 지역사회보장 협의체 활성화 우수", "충청북도", 3_000_000);
    expect(await flagsOf(s.id)).toEqual([]);
  });

  it("flags an edit of one of a pair, with the pair to mark, and stops once it is marked", async () => {
    // A fresh pair of near-identical published awards, the second one edited by its department.
    const id1 = (
      await db
        .insert(awards)
        .values({ year: 2023, title: "2023년 주민복지 우수시책 평가", agencyId: await agencyId("보건복지부") })
        .returning()
    )[0].id;
    const id2 = (
      await db
        .insert(awards)
        .values({ year: 2023, title: "2023년 주민복지우수시책 평가", agencyId: await agencyId("보건복지부") })
        .returning()
    )[0].id;
    await db.insert(awardDepartments).values({ awardId: id2, departmentId: welfareDepartment });
    await saveAward(
      welfare,
      {
        id: id2,
        version: 1,
        year: 2023,
        title: "2023년 주민복지우수시책 평가",
        agencyId: await agencyId("보건복지부"),
        grade: "최우수",
        incentive: null,
        departmentIds: [welfareDepartment],
      },
      ctx,
    );
    const s = (await listSubmissions(planner, { statuses: ["pending"] })).find((x) => x.entityId === id2)!;
    expect(await flagsOf(s.id)).toEqual([
      expect.objectContaining({ kind: "duplicate", pair: { low: id1, high: id2 } }),
    ]);

    await markDistinctPair(planner, { awardId: id1, otherAwardId: id2 }, ctx);
    expect(await flagsOf(s.id)).toEqual([]);
  });
});

describe("loadNameRegistry", () => {
  it("knows the seeded alias of 통합일자리지원단 and only active departments", async () => {
    const registry = await loadNameRegistry(planner);
    const target = (await departmentIdByName(db, "통합일자리지원단"))!;
    expect(registry.departmentVariants).toContainEqual({ id: target, name: "통합일자리 지원단", how: "별칭" });
    expect(registry.departments).toHaveLength(23);
    expect(registry.agencies).toHaveLength(20);
    await expect(loadNameRegistry(PUBLIC_VIEWER)).rejects.toThrow(ForbiddenError);
  });
});
