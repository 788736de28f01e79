import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { auditLog, organisation } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import { updateOrganisationAction } from "@/lib/actions/organisation/update-organisation";
import { IDLE } from "@/lib/actions/form-state";
import type { StaffViewer } from "@/lib/auth/viewer";
import { ConflictError, FieldError, ForbiddenError } from "@/lib/errors";
import type { FileStorage } from "@/lib/storage";
import type { OrganisationInput } from "@/lib/validations/organisation";
import { seededDb } from "@/test/db";
import { session } from "@/test/helpers/action-harness";
import { viewerOf } from "@/test/viewers";
import { readOrganisation } from "./organisation";
import { updateOrganisation } from "./organisation-edits";

vi.mock("@/lib/auth/session", async () => (await import("@/test/helpers/action-harness")).sessionModule);
vi.mock("next/headers", async () => (await import("@/test/helpers/action-harness")).headersModule);
vi.mock("next/navigation", async () => (await import("@/test/helpers/action-harness")).navigationModule);
vi.mock("next-auth", async () => (await import("@/test/helpers/action-harness")).nextAuthModule());
vi.mock("@/lib/auth/config", async () => (await import("@/test/helpers/action-harness")).authConfigModule());

const db = await seededDb();
const ctx = { ip: "127.0.0.1" };
let admin: StaffViewer;

/** Keeps uploads in memory, so a test sees what was stored and what was removed. */
function memoryStorage() {
  const files = new Map<string, Uint8Array>();
  let n = 0;
  const storage: FileStorage = {
    put: async (bytes, extension) => {
      const key = `logo-${++n}.${extension}`;
      files.set(key, bytes);
      return key;
    },
    get: async (key) => files.get(key) ?? null,
    remove: async (key) => {
      files.delete(key);
    },
  };
  return { storage, files };
}

async function input(overrides: Partial<OrganisationInput> = {}): Promise<OrganisationInput> {
  const { hasLogo: _h, id: _id, version, ...current } = await readOrganisation();
  return { ...current, logo: undefined, removeLogo: false, version, ...overrides };
}

async function form(values: Record<string, string>): Promise<FormData> {
  const { hasLogo: _h, id: _id, ...current } = await readOrganisation();
  const data = new FormData();
  for (const [key, value] of Object.entries({ ...current, ...values })) data.set(key, String(value));
  return data;
}

const organisationAudit = async () =>
  await db.select().from(auditLog).where(eq(auditLog.action, "organisation.update")).orderBy(auditLog.id);

beforeAll(async () => {
  await seedDemoUsers(db);
  admin = await viewerOf("admin");
});

beforeEach(() => {
  session.viewer = admin;
});

describe("updateOrganisation", () => {
  it("saves the identity, bumps the version, expires the identity tag and writes one audit row", async () => {
    const before = await readOrganisation();
    const auditBefore = (await organisationAudit()).length;
    const outcome = await updateOrganisation(
      admin,
      await input({ name: "음성군", reviewOffice: "기획예산실", address: null, phone: "043-871-3114" }),
      ctx,
      memoryStorage().storage,
    );
    expect(outcome.tags).toEqual(["identity"]);
    const after = await readOrganisation();
    expect(after).toMatchObject({ name: "음성군", reviewOffice: "기획예산실", address: "", phone: "043-871-3114" });
    expect(after.version).toBe(before.version + 1);

    const rows = await organisationAudit();
    expect(rows).toHaveLength(auditBefore + 1);
    const row = rows.at(-1)!;
    expect(row).toMatchObject({ actorId: admin.userId, entityType: "organisation", entityId: 1, ip: "127.0.0.1" });
    expect(JSON.stringify(row.before)).toContain(before.name);
    expect(JSON.stringify(row.after)).toContain("기획예산실");
  });

  it("refuses a save made from a stale form, keeps the stored identity and writes no audit row", async () => {
    const stale = await input({ name: "먼저 연 양식" });
    await updateOrganisation(admin, await input({ name: "먼저 저장" }), ctx, memoryStorage().storage);
    const auditBefore = (await organisationAudit()).length;

    const refused = updateOrganisation(admin, stale, ctx, memoryStorage().storage);
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toMatchObject({ current: expect.objectContaining({ name: "먼저 저장" }) });
    expect((await readOrganisation()).name).toBe("먼저 저장");
    expect(await organisationAudit()).toHaveLength(auditBefore);
  });

  it("refuses a planner", async () => {
    await expect(
      updateOrganisation(
        await viewerOf("planning"),
        await input({ name: "기획이 바꿈" }),
        ctx,
        memoryStorage().storage,
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await readOrganisation()).name).not.toBe("기획이 바꿈");
  });

  it("stores a PNG logo and removes a file that is not an image, tying the message to the logo field", async () => {
    const { storage, files } = memoryStorage();
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])], "logo.png");
    await updateOrganisation(admin, await input({ logo: png }), ctx, storage);
    expect((await readOrganisation()).hasLogo).toBe(true);
    expect(files.size).toBe(1);

    const script = new File(["<svg onload=alert(1)>"], "logo.png", { type: "image/png" });
    const refused = updateOrganisation(admin, await input({ logo: script }), ctx, storage);
    await expect(refused).rejects.toBeInstanceOf(FieldError);
    await expect(refused).rejects.toMatchObject({
      fieldErrors: { logo: ["로고는 PNG, JPEG, WebP 그림 파일만 올릴 수 있습니다."] },
    });
    expect(files.size).toBe(1);
  });
});

describe("updateOrganisationAction", () => {
  it("answers bad input with a Korean message beside each field and gives back what was typed", async () => {
    const version = (await readOrganisation()).version;
    const state = await updateOrganisationAction(
      IDLE,
      await form({
        name: "",
        reviewOffice: "",
        phone: "국번 없이 120",
        koglType: "7",
        privacyEffectiveOn: "2024-02-30",
      }),
    );
    expect(state.status).toBe("error");
    expect(state.errors).toMatchObject({
      name: [expect.stringMatching(/기관 이름/)],
      reviewOffice: [expect.stringMatching(/검토 부서 이름/)],
      phone: ["대표전화는 숫자와 하이픈(-)으로 입력해 주세요."],
      koglType: ["공공누리 유형은 1–4유형 가운데 골라 주세요."],
      privacyEffectiveOn: ["있는 날짜를 입력해 주세요."],
    });
    expect(state.values).toMatchObject({ phone: "국번 없이 120", koglType: "7" });
    expect((await readOrganisation()).version).toBe(version);
  });

  it("tells the admin the identity changed in the meantime, with what is stored now", async () => {
    const stale = String((await readOrganisation()).version - 1);
    const state = await updateOrganisationAction(IDLE, await form({ name: "늦은 저장", version: stale }));
    expect(state.status).toBe("error");
    expect(state.message).toContain("다른 사용자가 먼저");
    expect(state.current).toMatchObject({ name: (await readOrganisation()).name });
    expect((await readOrganisation()).name).not.toBe("늦은 저장");
  });

  it("turns the four-eyes rule on with its box ticked and off with the box left empty (off in the demo)", async () => {
    expect((await readOrganisation()).fourEyes).toBe(false);
    expect(await updateOrganisationAction(IDLE, await form({ fourEyes: "on" }))).toMatchObject({ status: "success" });
    expect((await readOrganisation()).fourEyes).toBe(true);
    const unticked = await form({});
    unticked.delete("fourEyes");
    expect(await updateOrganisationAction(IDLE, unticked)).toMatchObject({ status: "success" });
    expect((await readOrganisation()).fourEyes).toBe(false);
  });

  it("saves through the action for an admin and refuses an officer", async () => {
    const saved = await updateOrganisationAction(IDLE, await form({ name: "증평군", reviewOffice: "기획감사담당관" }));
    expect(saved).toMatchObject({ status: "success" });
    expect(await readOrganisation()).toMatchObject({ name: "증평군", reviewOffice: "기획감사담당관" });

    session.viewer = await viewerOf("welfare");
    const refused = await updateOrganisationAction(IDLE, await form({ name: "부서가 바꿈" }));
    expect(refused.status).toBe("error");
    expect((await readOrganisation()).name).toBe("증평군");
  });
});
