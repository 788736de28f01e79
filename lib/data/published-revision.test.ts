import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { transaction } from "@/db";
import { agencies, awards, departments, kpis, kpiValues } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { createRevisionReader } from "@/lib/cache/published-revisions.mjs";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { deleteAward, restoreAward, saveAward } from "./award-edits";
import { saveKpiValue } from "./kpi-edits";
import { publishedRevision } from "./published-revision";
import { renameRegistryEntry } from "./registry-edits";
import { approveSubmissions, listSubmissions } from "./submissions";
import { setYearStatus } from "./years";

const db = await seededDb();
const ctx = { ip: "127.0.0.1" };
let planner: StaffViewer;
let welfare: StaffViewer;

const departmentId = async (name: string) =>
  (await db.select().from(departments).where(eq(departments.name, name)))[0]!.id;
const award = async (title: string) => ({
  year: 2023,
  title,
  agencyId: 2,
  grade: "우수",
  incentive: 1_000_000,
  departmentIds: [await departmentId("주민복지과")],
});
const row = async (title: string) => (await db.select().from(awards).where(eq(awards.title, title)))[0]!;

/** Runs a write and says whether the published revision changed. */
async function publishes(write: () => unknown): Promise<boolean> {
  const before = await publishedRevision();
  await write();
  return (await publishedRevision()) !== before;
}

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  welfare = await viewerOf("welfare");
});

describe("publishedRevision", () => {
  it("is read by the cache handlers as the app reads it", async () => {
    // The handlers' own reader (lib/cache/published-revisions.mjs, its query for this dialect, its
    // own connection) sees the same string as the app's read through Drizzle.
    const handler = createRevisionReader(process.env.DATABASE_URL);
    expect((await handler.observe()).revision).toBe(await publishedRevision());
  });

  it("names every public tag, each with a token of its own database", async () => {
    const tags = ["awards", "identity", "kpis", "narrative", "registry", "years"];
    expect(await publishedRevision()).toMatch(new RegExp(`^${tags.map((t) => `${t}=[0-9a-f]{24}`).join(";")}$`));
  });

  it("changes with every publishing write, in its transaction", async () => {
    expect(await publishes(async () => saveAward(planner, await award("발행 시험"), ctx))).toBe(true);
    const r = await row("발행 시험");
    expect(
      await publishes(async () =>
        saveAward(planner, { ...(await award("발행 시험 2")), id: r.id, version: r.version }, ctx),
      ),
    ).toBe(true);
    expect(await publishes(() => deleteAward(planner, { id: r.id, version: r.version + 1 }, ctx))).toBe(true);
    expect(await publishes(() => restoreAward(planner, { id: r.id }, ctx))).toBe(true);
    expect(await publishes(() => setYearStatus(planner, { year: 2023, status: "closed", reason: "시험" }, ctx))).toBe(
      true,
    );
    expect(await publishes(() => setYearStatus(planner, { year: 2023, status: "open", reason: "시험" }, ctx))).toBe(
      true,
    );
    const kpi = (await db.select().from(kpis).where(eq(kpis.slug, "employment-rate")))[0]!;
    const value = (await db.select().from(kpiValues).where(eq(kpiValues.kpiId, kpi.id)))[0]!;
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
    const agency = (await db.select().from(agencies).where(eq(agencies.id, 2)))[0]!;
    expect(
      await publishes(async () =>
        renameRegistryEntry(
          await viewerOf("admin"),
          { kind: "agency", id: agency.id, name: `${agency.name}(새 이름)`, effectiveOn: "2024-01-01" },
          ctx,
        ),
      ),
    ).toBe(true);
  });

  it("does not change for a proposal, and changes when it is approved", async () => {
    expect(await publishes(async () => saveAward(welfare, await award("제안 시험"), ctx))).toBe(false);
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
        await saveAward(planner, await award("되돌릴 시험"), ctx);
        void tx;
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await publishedRevision()).toBe(before);
  });
});
