import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { departments, years } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { saveAward } from "./award-edits";
import { awardYearState, readAwardYears } from "./award-years";
import { listOpenNewAwards } from "./pending-awards";
import { listSubmissions, returnSubmissions } from "./submissions";

const db = await seededDb();
const ctx = { ip: "127.0.0.1" };
let planner: StaffViewer;
let welfare: StaffViewer;
let tax: StaffViewer;
const departmentId = async (name: string) =>
  (await db.select().from(departments).where(eq(departments.name, name)))[0]!.id;

beforeAll(async () => {
  await seedDemoUsers(db);
  planner = await viewerOf("planning");
  welfare = await viewerOf("welfare");
  tax = await viewerOf("tax");
});

describe("award years read ahead of a save", () => {
  it("names the latest year open for per-award entry, not the calendar year, and each year's state", async () => {
    await db.insert(years).values({ year: 2024, status: "closed" }).onConflictDoNothing();
    await db.update(years).set({ status: "closed" }).where(eq(years.year, 2024));
    const read = await readAwardYears(welfare);
    expect(read.latestOpen).toBe(2023);
    expect(awardYearState(read, 2024)).toBe("closed");
    expect(awardYearState(read, 2022)).toBe("totals-only");
    expect(awardYearState(read, 2023)).toBe("open");
    // A year with no row is open, as the save itself treats it.
    expect(awardYearState(read, 2019)).toBe("open");
  });
});

describe("an officer's own proposed new awards", () => {
  it("are listed for the department that proposed them, with their status, and for planners", async () => {
    const content = {
      year: 2023,
      title: "복지 새 수상 제안",
      agencyId: 2,
      grade: null,
      incentive: 3_000_000,
      departmentIds: [await departmentId("주민복지과")],
    };
    const write = await saveAward(welfare, content, ctx);
    expect(write.kind).toBe("proposed");
    const mine = await listOpenNewAwards(welfare);
    const row = mine.find((r) => r.title === "복지 새 수상 제안");
    expect(row).toMatchObject({ status: "pending", year: 2023, incentiveWon: 3_000_000, departments: ["주민복지과"] });
    expect(row!.agency).not.toBe("");
    expect((await listOpenNewAwards(tax)).some((r) => r.title === "복지 새 수상 제안")).toBe(false);
    expect((await listOpenNewAwards(planner)).some((r) => r.title === "복지 새 수상 제안")).toBe(true);
    expect(await listOpenNewAwards(welfare, "없는 제목")).toEqual([]);

    const submission = (await listSubmissions(planner, { statuses: ["pending"] })).find(
      (s) => s.id === row!.submissionId,
    )!;
    await returnSubmissions(planner, [{ id: submission.id, version: submission.version }], "근거 보완", ctx);
    const afterReturn = await listOpenNewAwards(welfare);
    expect(afterReturn.find((r) => r.submissionId === row!.submissionId)?.status).toBe("returned");
  });
});
