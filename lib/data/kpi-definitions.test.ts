/** Issue 15: officers propose KPI definitions for their department; planners approve, return or edit at once. */
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as kpisGet } from "@/app/api/v1/kpis/route";
import { auditLog, departments, kpis, policyAreas, publicationRevisions } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { FieldError, ForbiddenError } from "@/lib/errors";
import { changeRows } from "@/lib/review/change-rows";
import { kpiDefinitionFormSchema, kpiTargetFormSchema } from "@/lib/validations/kpi-definition";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { saveKpiDefinition, saveKpiTarget } from "./kpi-definitions";
import { approveSubmissions, listSubmissions, returnSubmissions } from "./submissions";

const db = await seededDb();
const ctx = { ip: "127.0.0.1" };
let planner: StaffViewer;
let welfare: StaffViewer;

const departmentId = async (name: string) =>
  (await db.select().from(departments).where(eq(departments.name, name)))[0]!.id;
const areaId = async (slug: string) => (await db.select().from(policyAreas).where(eq(policyAreas.slug, slug)))[0]!.id;

async function form(fields: Record<string, string>) {
  const parsed = kpiDefinitionFormSchema.safeParse({
    departmentId: String(await departmentId("주민복지과")),
    areaId: String(await areaId("population")),
    name: "노인 일자리 참여자 수",
    unit: "명",
    source: "진천군 주민복지과 내부 통계",
    ...fields,
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

async function publicKpi(name: string) {
  const body = await (await kpisGet(new NextRequest("http://localhost/api/v1/kpis"))).json();
  return body.data.find((k: { name: string }) => k.name === name);
}

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  welfare = await viewerOf("welfare");
});

describe("KPI definitions: the form's rules", () => {
  it("reads comparisons and reference values as the source prints them, negative values included", async () => {
    const f = await form({
      value: "-3.5",
      periodKind: "year",
      year: "2023",
      comparisons: "도내 2위\n\n전국 15위",
      references: "전국 0.778명\n충북도 −0.871 명",
      target: "1,200",
      targetLabel: "민선 8기 목표",
    });
    expect(f.first).toEqual({
      value: { value: "-3.5", unit: null },
      period: { kind: "year", year: 2023 },
      notes: [
        { kind: "comparison", label: "도내 2위", value: null, unit: null },
        { kind: "comparison", label: "전국 15위", value: null, unit: null },
        { kind: "reference", label: "전국", value: "0.778", unit: "명" },
        { kind: "reference", label: "충북도", value: "-0.871", unit: "명" },
      ],
    });
    expect(f.target).toEqual({ value: "1200", unit: null });
  });

  it("says what is wrong beside the field, in Korean", () => {
    const issues = (fields: Record<string, string>) => {
      const parsed = kpiDefinitionFormSchema.safeParse({ departmentId: "1", areaId: "1", source: "s", ...fields });
      return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    };
    expect(issues({ name: "", unit: "명" }).name).toBe("지표명을 입력해 주세요.");
    expect(issues({ name: "투자액", unit: "원" }).moneyStyle).toBe("금액 지표는 억원·만원·조원 중 표기를 골라 주세요.");
    expect(issues({ name: "a", unit: "명", comparisons: "도내 1위" }).value).toBe(
      "비교·참고 값은 첫 값과 함께 입력해 주세요.",
    );
    expect(issues({ name: "a", unit: "명", references: "전국쯤" }).references).toContain("전국 0.778명");
    expect(issues({ name: "a", unit: "명", value: "3" }).periodKind).toBe("첫 값의 기간 종류를 선택해 주세요.");
    // The form sends every field, empty ones as "": a KPI without a first value needs no period.
    expect(
      issues({ name: "a", unit: "명", value: "", periodKind: "", year: "", comparisons: "", references: "" }),
    ).toEqual({});
  });
});

describe("KPI definitions: propose, review, publish", () => {
  it("an officer proposes for their own department only; nothing is public until approved", async () => {
    await expect(
      saveKpiDefinition(welfare, { ...(await form({})), departmentId: await departmentId("세정과") }, ctx),
    ).rejects.toBeInstanceOf(ForbiddenError);

    const write = await saveKpiDefinition(
      welfare,
      await form({
        value: "412",
        periodKind: "year",
        year: "2023",
        comparisons: "도내 2위",
        references: "전국 0.778명",
      }),
      ctx,
    );
    expect(write).toMatchObject({ kind: "proposed", tags: [] });
    expect(await db.select().from(kpis).where(eq(kpis.name, "노인 일자리 참여자 수"))).toEqual([]);
    expect(await publicKpi("노인 일자리 참여자 수")).toBeUndefined();

    const [proposal] = (await listSubmissions(planner, { statuses: ["pending"] })).filter(
      (s): s is typeof s & { entityType: "kpi" } => s.entityType === "kpi",
    );
    expect(proposal).toMatchObject({ action: "create", department: "주민복지과" });
    const rows = changeRows(proposal, {
      agency: String,
      department: () => "주민복지과",
      kpi: () => undefined,
      area: () => "인구",
    });
    expect(rows.map((r) => [r.label, r.after])).toEqual([
      ["지표명", "노인 일자리 참여자 수"],
      ["정책 분야", "인구"],
      ["담당부서", "주민복지과"],
      ["단위", "명"],
      ["목표", "-"],
      ["출처", "진천군 주민복지과 내부 통계"],
      ["첫 값", "2023 412명"],
      ["비교·참고", "도내 2위, 전국 0.778명"],
    ]);

    // Saved twice, the same new KPI stays one proposal.
    await expect(saveKpiDefinition(welfare, await form({}), ctx)).rejects.toThrow();
  });

  it("a planner returns it, the officer corrects it, a planner approves: the KPI is public with its figure", async () => {
    let [proposal] = (await listSubmissions(planner, { statuses: ["pending"] })).filter((s) => s.entityType === "kpi");
    await returnSubmissions(planner, [{ id: proposal.id, version: proposal.version }], "목표를 적어 주세요.", ctx);
    [proposal] = (await listSubmissions(welfare, { statuses: ["returned"] })).filter((s) => s.entityType === "kpi");
    await saveKpiDefinition(
      welfare,
      {
        ...(await form({ value: "412", periodKind: "year", year: "2023", comparisons: "도내 2위", target: "450" })),
        submissionVersion: proposal.version,
      },
      ctx,
    );
    [proposal] = (await listSubmissions(planner, { statuses: ["pending"] })).filter((s) => s.entityType === "kpi");
    const revisions = await db.select().from(publicationRevisions);
    const write = await approveSubmissions(planner, [{ id: proposal.id, version: proposal.version }], ctx);
    expect(write.tags).toEqual(["kpis"]);
    expect(await db.select().from(publicationRevisions)).not.toEqual(revisions);

    const kpi = await publicKpi("노인 일자리 참여자 수");
    expect(kpi).toMatchObject({
      unit: "명",
      department: "주민복지과",
      area: { slug: "population" },
      target: { value: "450", formatted: "450명" },
      values: [{ period: "2023", value: "412", notes: [{ kind: "comparison", label: "도내 2위" }] }],
    });
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, "kpi.create"));
    expect(audit).toHaveLength(1);
  });

  it("targets: a planner edits at once, an officer by proposal; a money KPI's target is typed in 억원", async () => {
    const investment = (await db.select().from(kpis).where(eq(kpis.slug, "investment-2023")))[0]!;
    const target = (v: string, version: number) =>
      kpiTargetFormSchema.parse({ kpiId: String(investment.id), version: String(version), target: v, source: "출처" });
    const write = await saveKpiTarget(planner, target("15,000억원", investment.version), ctx);
    expect(write).toMatchObject({ kind: "published", tags: ["kpis"] });
    expect((await publicKpi(investment.name)).target).toMatchObject({
      value: "1500000000000",
      formatted: "15,000억원",
    });
    await expect(saveKpiTarget(planner, target("1만원", investment.version + 1), ctx)).rejects.toBeInstanceOf(
      FieldError,
    );

    const own = (await db.select().from(kpis).where(eq(kpis.name, "노인 일자리 참여자 수")))[0]!;
    const proposed = await saveKpiTarget(
      welfare,
      kpiTargetFormSchema.parse({
        kpiId: String(own.id),
        version: String(own.version),
        target: "-5",
        source: "새 출처",
      }),
      ctx,
    );
    expect(proposed).toMatchObject({ kind: "proposed" });
    expect((await publicKpi(own.name)).target.value).toBe("450");
    const [p] = (await listSubmissions(planner, { statuses: ["pending"] })).filter((s) => s.entityType === "kpi");
    await approveSubmissions(planner, [{ id: p.id, version: p.version }], ctx);
    expect(await publicKpi(own.name)).toMatchObject({ target: { value: "-5" }, source: "새 출처" });
  });
});
