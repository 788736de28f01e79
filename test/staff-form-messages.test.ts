import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { years } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import { seededDb } from "@/test/db";
import { callAs, loadAction } from "@/test/helpers/action-harness";
import { awardFields, departmentId, formData } from "@/test/helpers/records";
import { viewerOf } from "@/test/viewers";

vi.mock("@/lib/auth/session", async () => (await import("@/test/helpers/action-harness")).sessionModule);
vi.mock("next/headers", async () => (await import("@/test/helpers/action-harness")).headersModule);
vi.mock("next/navigation", async () => (await import("@/test/helpers/action-harness")).navigationModule);
vi.mock("next-auth", async () => (await import("@/test/helpers/action-harness")).nextAuthModule());
vi.mock("@/lib/auth/config", async () => (await import("@/test/helpers/action-harness")).authConfigModule());

const db = await seededDb();

beforeAll(async () => {
  await seedDemoUsers(db);
});

/** Every message a refused form shows: the one on top and those beside the fields. */
function shownMessages(state: { message?: string; errors?: Record<string, string[]> }): string[] {
  return [state.message ?? "", ...Object.values(state.errors ?? {}).flat()];
}

describe("a refused award form says each thing once", () => {
  it("a closed year's refusal stands beside the year, not also on top", async () => {
    await db.insert(years).values({ year: 2021, status: "closed" }).onConflictDoNothing();
    await db.update(years).set({ status: "closed" }).where(eq(years.year, 2021));
    const save = await loadAction("lib/actions/awards/save-award.ts", "saveAwardAction");
    const fields = (await awardFields(db, [await departmentId(db, "주민복지과")])).map(([k, v]): [string, string] =>
      k === "year" ? [k, "2021"] : [k, v],
    );
    const result = await callAs(await viewerOf("welfare"), save, formData([...fields, ["submissionVersion", "none"]]));
    expect(result.outcome).toBe("refused");
    if (result.outcome !== "refused") return;
    expect(result.state.errors?.year?.[0]).toContain("2021년은 마감되어");
    const shown = shownMessages(result.state);
    expect(new Set(shown).size).toBe(shown.length);
  });

  it("a pasted 5,000-character title is refused beside the field and kept as typed, never cut", async () => {
    const save = await loadAction("lib/actions/awards/save-award.ts", "saveAwardAction");
    const long = "가".repeat(5000);
    const fields = await awardFields(db, [await departmentId(db, "주민복지과")], long);
    const result = await callAs(await viewerOf("welfare"), save, formData([...fields, ["submissionVersion", "none"]]));
    expect(result.outcome).toBe("refused");
    if (result.outcome !== "refused") return;
    expect(result.state.errors?.title).toEqual(["수상명은 200자 이내로 입력해 주세요."]);
    expect(result.state.values?.title).toBe(long);
  });
});

describe("irreversible steps ask first, on the server", () => {
  it("closing a year returns a question and changes nothing until the form comes back confirmed", async () => {
    await db.insert(years).values({ year: 2020, status: "open" }).onConflictDoNothing();
    const close = await loadAction("lib/actions/years/set-year-status.ts", "setYearStatusAction");
    const planner = await viewerOf("planning");
    const fields: [string, string][] = [
      ["year", "2020"],
      ["status", "closed"],
      ["reason", "결산 끝"],
    ];
    const asked = await callAs(planner, close, formData(fields));
    expect(asked).toMatchObject({ outcome: "allowed", state: { status: "confirm" } });
    if (asked.outcome !== "allowed") return;
    expect(asked.state?.message).toContain("2020년을 마감하면");
    expect(asked.state?.values?.reason).toBe("결산 끝");
    expect((await db.select().from(years).where(eq(years.year, 2020)))[0]?.status).toBe("open");

    const done = await callAs(planner, close, formData([...fields, ["confirmed", "yes"]]));
    expect(done).toMatchObject({ outcome: "allowed", state: { status: "success" } });
    expect((await db.select().from(years).where(eq(years.year, 2020)))[0]?.status).toBe("closed");
  });

  it("deactivating an account asks first; reactivating does not", async () => {
    const { insertUser } = await import("@/test/helpers/records");
    const { users } = await import("@/db/schema");
    const setActive = await loadAction("lib/actions/users/set-user-active.ts", "setUserActiveAction");
    const admin = await viewerOf("admin");
    const { id } = await insertUser(db, { departmentId: await departmentId(db, "세정과") });
    const activeOf = async () => (await db.select().from(users).where(eq(users.id, id)))[0]?.active;
    const off: [string, string][] = [
      ["userId", String(id)],
      ["active", "false"],
    ];
    expect(await callAs(admin, setActive, formData(off))).toMatchObject({ state: { status: "confirm" } });
    expect(await activeOf()).toBe(true);
    expect(await callAs(admin, setActive, formData([...off, ["confirmed", "yes"]]))).toMatchObject({
      state: { status: "success" },
    });
    expect(await activeOf()).toBe(false);
    const on: [string, string][] = [
      ["userId", String(id)],
      ["active", "true"],
    ];
    expect(await callAs(admin, setActive, formData(on))).toMatchObject({ state: { status: "success" } });
    expect(await activeOf()).toBe(true);
  });
});
