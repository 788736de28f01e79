import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { kpis, kpiValues, submissions } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { listEditableKpis, saveKpiValue } from "./kpi-edits";
import { approveSubmissions, listSubmissions } from "./submissions";

const db = seededDb();
const ctx = { ip: "127.0.0.1" };
let planner: StaffViewer;
let welfare: StaffViewer;

const kpiId = (slug: string) => db.select().from(kpis).where(eq(kpis.slug, slug)).get()!.id;
const valuesOf = (slug: string) =>
  db
    .select()
    .from(kpiValues)
    .where(and(eq(kpiValues.kpiId, kpiId(slug)), isNull(kpiValues.deletedAt)))
    .all()
    .map((v) => [v.period, v.value]);

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = viewerOf("planning");
  welfare = viewerOf("welfare");
});

describe("KPI values", () => {
  it("officers see only their department's KPIs; planners see all", () => {
    expect(
      listEditableKpis(welfare)
        .map((k) => k.slug)
        .sort(),
    ).toEqual(["community-care-streak", "elderly-care-leading-cities"]);
    expect(listEditableKpis(planner)).toHaveLength(36);
  });

  it("a new period adds a value and keeps the history; money is typed in 억원 and stored in won", () => {
    saveKpiValue(planner, { kpiId: kpiId("investment-2023"), year: 2024, half: "year", value: "10520.5" }, ctx);
    expect(valuesOf("investment-2023")).toEqual([
      ["2023", "1219000000000"],
      ["2024", "1052050000000"],
    ]);
  });

  it("recording an existing period again needs that value's version", () => {
    const id = kpiId("employment-rate");
    expect(() => saveKpiValue(planner, { kpiId: id, year: 2023, half: "first", value: "71" }, ctx)).toThrow(
      ConflictError,
    );
    const current = db.select().from(kpiValues).where(eq(kpiValues.kpiId, id)).get()!;
    saveKpiValue(planner, { kpiId: id, version: current.version, year: 2023, half: "first", value: "70.6" }, ctx);
    expect(valuesOf("employment-rate")).toEqual([["2023 상반기", "70.6"]]);
  });

  it("an officer's value waits for approval, and only for their own KPIs", () => {
    const id = kpiId("community-care-streak");
    expect(() => saveKpiValue(welfare, { kpiId: kpiId("grdp"), year: 2024, half: "year", value: "1" }, ctx)).toThrow(
      ForbiddenError,
    );
    saveKpiValue(welfare, { kpiId: id, year: 2024, half: "year", value: "5" }, ctx);
    expect(valuesOf("community-care-streak")).toEqual([["2023", "4"]]);
    const proposal = listSubmissions(planner, { statuses: ["pending"] }).find((s) => s.entityType === "kpi_value")!;
    expect(proposal.content).toMatchObject({ kpiId: id, period: "2024", value: "5" });
    expect(approveSubmissions(planner, [{ id: proposal.id, version: proposal.version }], ctx).tags).toEqual(["kpis"]);
    expect(valuesOf("community-care-streak")).toEqual([
      ["2023", "4"],
      ["2024", "5"],
    ]);
    expect(db.select().from(submissions).where(eq(submissions.id, proposal.id)).get()!.status).toBe("approved");
  });
});
