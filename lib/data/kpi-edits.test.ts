import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { kpis, kpiValueNotes, kpiValues, submissions } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { kpiValueFormSchema } from "@/lib/validations/kpi";
import { listEditableKpis, saveKpiValue } from "./kpi-edits";
import { listPublicKpis } from "./public-kpis";
import { approveSubmissions, listSubmissions } from "./submissions";

const db = await seededDb();
const ctx = { ip: "127.0.0.1" };
let planner: StaffViewer;
let welfare: StaffViewer;

type Input = Parameters<typeof saveKpiValue>[1];
const input = (kpiId: number, period: Input["period"], value: string, version?: number): Input => ({
  kpiId,
  version,
  period,
  value,
  valueUnit: null,
});
const Y2024 = { kind: "year", year: 2024 } as const;
const NO_PERIOD = "출처에 기간 표시 없음";

const kpiId = async (slug: string) => (await db.select().from(kpis).where(eq(kpis.slug, slug)))[0]!.id;
/** A KPI's live value rows, oldest first. */
const liveValues = async (slug: string) =>
  await db
    .select()
    .from(kpiValues)
    .where(and(eq(kpiValues.kpiId, await kpiId(slug)), isNull(kpiValues.deletedAt)))
    .orderBy(kpiValues.id);
const valuesOf = async (slug: string) => (await liveValues(slug)).map((v) => [v.period, v.value]);

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  welfare = await viewerOf("welfare");
});

describe("KPI values", () => {
  it("officers see only their department's KPIs; planners see all", async () => {
    expect((await listEditableKpis(welfare)).map((k) => k.slug).sort()).toEqual([
      "community-care-streak",
      "elderly-care-leading-cities",
    ]);
    expect(await listEditableKpis(planner)).toHaveLength(36);
  });

  it("a dated value published beside an undated one is the current figure on the public pages", async () => {
    await saveKpiValue(planner, input(await kpiId("grdp"), Y2024, "73.1"), ctx);
    const kpi = (await listPublicKpis()).find((k) => k.slug === "grdp")!;
    // Undated first, so the last value (the one every public page shows as current) is 2024's.
    expect(kpi.values).toHaveLength(2);
    expect(kpi.values[0]).toMatchObject({ value: "8105400000000" });
    expect(kpi.values.at(-1)).toMatchObject({ period: "2024", value: "7310000000" });
    const editable = (await listEditableKpis(planner)).find((k) => k.slug === "grdp")!;
    expect(editable.values[0]).toMatchObject({ period: "2024", value: "7310000000" });
  });

  it("a new period adds a value and keeps the history; money is typed in 억원 and stored in won", async () => {
    await saveKpiValue(planner, await input(await kpiId("investment-2023"), Y2024, "10520.5"), ctx);
    expect(await valuesOf("investment-2023")).toEqual([
      ["2023", "1219000000000"],
      ["2024", "1052050000000"],
    ]);
  });

  it("recording an existing period again needs that value's version", async () => {
    const id = await kpiId("employment-rate");
    const firstHalf = { kind: "half", year: 2023, half: 1 } as const;
    await expect(saveKpiValue(planner, await input(id, firstHalf, "71"), ctx)).rejects.toThrow(ConflictError);
    const current = (await db.select().from(kpiValues).where(eq(kpiValues.kpiId, id)))[0]!;
    await saveKpiValue(planner, await input(id, firstHalf, "70.6", current.version), ctx);
    expect(await valuesOf("employment-rate")).toEqual([["2023 상반기", "70.6"]]);
  });

  it("an officer's value waits for approval, and only for their own KPIs", async () => {
    const id = await kpiId("community-care-streak");
    await expect(saveKpiValue(welfare, await input(await kpiId("grdp"), Y2024, "1"), ctx)).rejects.toThrow(
      ForbiddenError,
    );
    await saveKpiValue(welfare, await input(id, Y2024, "5"), ctx);
    expect(await valuesOf("community-care-streak")).toEqual([[NO_PERIOD, "4"]]);
    const proposal = (await listSubmissions(planner, { statuses: ["pending"] })).find(
      (s) => s.entityType === "kpi_value",
    )!;
    expect(proposal.content).toMatchObject({ kpiId: id, period: "2024", value: "5" });
    expect((await approveSubmissions(planner, [{ id: proposal.id, version: proposal.version }], ctx)).tags).toEqual([
      "kpis",
    ]);
    expect(await valuesOf("community-care-streak")).toEqual([
      [NO_PERIOD, "4"],
      ["2024", "5"],
    ]);
    expect((await db.select().from(submissions).where(eq(submissions.id, proposal.id)))[0]!.status).toBe("approved");
  });

  it("records every kind of period the source may give, and negative values", async () => {
    const id = await kpiId("participation-rate");
    await saveKpiValue(planner, await input(id, { kind: "quarter", year: 2024, quarter: 3 }, "-1.5"), ctx);
    await saveKpiValue(planner, await input(id, { kind: "month", year: 2024, month: 11 }, "73"), ctx);
    await saveKpiValue(planner, await input(id, { kind: "span", from: "2016", to: "2024" }, "12"), ctx);
    await saveKpiValue(planner, await input(id, { kind: "date", date: "2024-12-31" }, "74"), ctx);
    expect(await valuesOf("participation-rate")).toEqual([
      [NO_PERIOD, "72.7"],
      ["2024 3분기", "-1.5"],
      ["2024년 11월", "73"],
      ["2016 ~ 2024", "12"],
      ["2024년 12월 31일", "74"],
    ]);
  });

  it("refuses a value typed in another unit than the KPI's", async () => {
    const id = await kpiId("employment-rate");
    await expect(saveKpiValue(planner, { ...(await input(id, Y2024, "70")), valueUnit: "명" }, ctx)).rejects.toThrow(
      expect.objectContaining({ fieldErrors: { value: ["이 지표의 값은 % 단위로 입력해 주세요."] } }),
    );
    await saveKpiValue(planner, { ...(await input(id, Y2024, "70")), valueUnit: "%" }, ctx);
    expect(await valuesOf("employment-rate")).toContainEqual(["2024", "70"]);
  });
});

describe("KPI value notes (비교, 참고 값)", () => {
  const recordedValue = async (slug: string) => (await liveValues(slug))[0]!;
  const notesOf = async (slug: string) =>
    (
      await db
        .select()
        .from(kpiValueNotes)
        .where(eq(kpiValueNotes.kpiValueId, (await recordedValue(slug)).id))
        .orderBy(kpiValueNotes.sortOrder)
    ).map((n) => [n.kind, n.label, n.value, n.unit]);
  /** The form as an officer or planner sends it, for the value already recorded. */
  const form = async (slug: string, fields: { value: string; comparisons: string; references: string }) => {
    const v = await recordedValue(slug);
    return kpiValueFormSchema.parse({
      kpiId: String(v.kpiId),
      version: String(v.version),
      submissionVersion: "none",
      periodKind: "none",
      ...fields,
    });
  };

  it("an officer proposes notes for their department's value; approved, they are published with it", async () => {
    expect(await notesOf("elderly-care-leading-cities")).toEqual([["comparison", "도내 유일 선정", null, null]]);
    const write = await saveKpiValue(
      welfare,
      await form("elderly-care-leading-cities", { value: "12", comparisons: "도내 2위", references: "전국 0.778명" }),
      ctx,
    );
    expect(write).toMatchObject({ kind: "proposed" });
    expect(await notesOf("elderly-care-leading-cities")).toEqual([["comparison", "도내 유일 선정", null, null]]);
    const proposal = (await listSubmissions(planner, { statuses: ["pending"] })).find(
      (s) => s.entityType === "kpi_value",
    )!;
    expect(proposal.content.notes).toEqual([
      { kind: "comparison", label: "도내 2위", value: null, unit: null },
      { kind: "reference", label: "전국", value: "0.778", unit: "명" },
    ]);
    await approveSubmissions(planner, [{ id: proposal.id, version: proposal.version }], ctx);
    expect(await notesOf("elderly-care-leading-cities")).toEqual([
      ["comparison", "도내 2위", null, null],
      ["reference", "전국", "0.778", "명"],
    ]);
  });

  it("a planner changes notes at once; a save that sends none keeps them; emptied fields clear them", async () => {
    await saveKpiValue(
      planner,
      await form("community-care-streak", { value: "4", comparisons: "5년연속 우수기관", references: "" }),
      ctx,
    );
    expect(await notesOf("community-care-streak")).toEqual([["comparison", "5년연속 우수기관", null, null]]);
    const v = await recordedValue("community-care-streak");
    await saveKpiValue(planner, await input(v.kpiId, { kind: "none" } as Input["period"], "4", v.version), ctx);
    expect(await notesOf("community-care-streak")).toEqual([["comparison", "5년연속 우수기관", null, null]]);
    await saveKpiValue(
      planner,
      await form("community-care-streak", { value: "4", comparisons: "", references: "" }),
      ctx,
    );
    expect(await notesOf("community-care-streak")).toEqual([]);
  });

  it("says what is wrong with a note beside its field", () => {
    const parsed = kpiValueFormSchema.safeParse({
      kpiId: "1",
      submissionVersion: "none",
      periodKind: "none",
      value: "3",
      references: "전국쯤",
    });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["references", expect.stringContaining("전국 0.778명")],
    ]);
  });
});
