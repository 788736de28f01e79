import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { transaction } from "@/db";
import { PUBLISHED_REVISION_SQL } from "@/db/publication";
import { agencies, awards, departments, kpis, kpiValues } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { PUBLISHED_REVISION_SQL as HANDLER_SQL } from "@/lib/cache/published-revisions.mjs";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { deleteAward, restoreAward, saveAward } from "./award-edits";
import { saveKpiValue } from "./kpi-edits";
import { publishedRevision } from "./published-revision";
import { renameRegistryEntry } from "./registry-edits";
import { approveSubmissions, listSubmissions } from "./submissions";
import { setYearStatus } from "./years";

const db = seededDb();
const ctx = { ip: "127.0.0.1" };
let planner: StaffViewer;
let welfare: StaffViewer;

const departmentId = (name: string) => db.select().from(departments).where(eq(departments.name, name)).get()!.id;
const award = (title: string) => ({
  year: 2023,
  title,
  agencyId: 2,
  grade: "우수",
  incentive: 1_000_000,
  departmentIds: [departmentId("주민복지과")],
});
const row = (title: string) => db.select().from(awards).where(eq(awards.title, title)).get()!;

/** Runs a write and says whether the published revision changed. */
async function publishes(write: () => unknown): Promise<boolean> {
  const before = await publishedRevision();
  await write();
  return (await publishedRevision()) !== before;
}

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = viewerOf("planning");
  welfare = viewerOf("welfare");
});

describe("publishedRevision", () => {
  it("is read by the cache handlers with the same query", () => {
    expect(HANDLER_SQL).toBe(PUBLISHED_REVISION_SQL);
  });

  it("names every public tag, each with a token of its own database", async () => {
    expect(await publishedRevision()).toMatch(
      /^awards=[0-9a-f]{24};identity=[0-9a-f]{24};kpis=[0-9a-f]{24};registry=[0-9a-f]{24};years=[0-9a-f]{24}$/,
    );
  });

  it("changes with every publishing write, in its transaction", async () => {
    expect(await publishes(() => saveAward(planner, award("발행 시험"), ctx))).toBe(true);
    const r = row("발행 시험");
    expect(
      await publishes(() => saveAward(planner, { ...award("발행 시험 2"), id: r.id, version: r.version }, ctx)),
    ).toBe(true);
    expect(await publishes(() => deleteAward(planner, { id: r.id, version: r.version + 1 }, ctx))).toBe(true);
    expect(await publishes(() => restoreAward(planner, { id: r.id }, ctx))).toBe(true);
    expect(await publishes(() => setYearStatus(planner, { year: 2023, status: "closed", reason: "시험" }, ctx))).toBe(
      true,
    );
    expect(await publishes(() => setYearStatus(planner, { year: 2023, status: "open", reason: "시험" }, ctx))).toBe(
      true,
    );
    const kpi = db.select().from(kpis).where(eq(kpis.slug, "employment-rate")).get()!;
    const value = db.select().from(kpiValues).where(eq(kpiValues.kpiId, kpi.id)).get()!;
    expect(
      await publishes(() =>
        saveKpiValue(
          planner,
          {
            kpiId: kpi.id,
            version: value.version,
            period: { kind: "half", year: 2023, half: 1 },
            valueUnit: null,
            value: "70.1",
          },
          ctx,
        ),
      ),
    ).toBe(true);
    const agency = db.select().from(agencies).where(eq(agencies.id, 2)).get()!;
    expect(
      await publishes(() =>
        renameRegistryEntry(
          viewerOf("admin"),
          { kind: "agency", id: agency.id, name: `${agency.name}(새 이름)`, effectiveOn: "2024-01-01" },
          ctx,
        ),
      ),
    ).toBe(true);
  });

  it("does not change for a proposal, and changes when it is approved", async () => {
    expect(await publishes(() => saveAward(welfare, award("제안 시험"), ctx))).toBe(false);
    const open = await listSubmissions(planner, { statuses: ["pending"] });
    expect(
      await publishes(() =>
        approveSubmissions(
          planner,
          open.map((s) => ({ id: s.id, version: s.version })),
          ctx,
        ),
      ),
    ).toBe(true);
  });

  it("does not change when a publishing transaction fails", async () => {
    const before = await publishedRevision();
    await expect(
      transaction(async (tx) => {
        await saveAward(planner, award("되돌릴 시험"), ctx);
        void tx;
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await publishedRevision()).toBe(before);
  });
});
