import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { MAX_FAILURES_PER_ACCOUNT } from "@/lib/auth/policy";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { authenticate } from "./authentication";
import { changeOwnPassword } from "./users";

const db = await seededDb();
const PASSWORD = "current-password-1";

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  await db.insert(users).values({ username: "changer", displayName: "변경자", role: "officer", passwordHash });
});

describe("the current password in the change-password form", () => {
  it("counts each wrong guess like a login failure: audited, and the account locks at the same limit", async () => {
    const viewer = await viewerOf("changer");
    const change = (currentPassword: string, ip: string) =>
      changeOwnPassword(viewer, { currentPassword, newPassword: "a-brand-new-password-1" }, { ip });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await expect(change(`wrong-${i}`, `192.0.2.${i}`)).rejects.toMatchObject({
        fieldErrors: { currentPassword: ["현재 비밀번호가 맞지 않습니다."] },
      });
    }
    // Even the right password is refused now, and a login from elsewhere is locked too.
    await expect(change(PASSWORD, "192.0.2.99")).rejects.toMatchObject({
      fieldErrors: { currentPassword: [expect.stringMatching(/잠겼습니다/)] },
    });
    expect(await authenticate({ username: "changer", password: PASSWORD, ip: "198.51.100.1" })).toEqual({
      ok: false,
      reason: "locked",
    });
    const rows = async (action: string) =>
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, action), eq(auditLog.entityId, viewer.userId)));
    expect(await rows("auth.password_check_failed")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(await rows("auth.lockout")).toHaveLength(1);
    expect(await rows("user.change_password")).toHaveLength(0);
  });

  it("lets 20 simultaneous guesses check at most the limit", async () => {
    const passwordHash = await hashPassword(PASSWORD);
    await db.insert(users).values({ username: "changer2", displayName: "변경자2", role: "officer", passwordHash });
    const viewer = await viewerOf("changer2");
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        changeOwnPassword(
          viewer,
          { currentPassword: `wrong-${i}`, newPassword: "a-brand-new-password-1" },
          { ip: "203.0.113.5" },
        ),
      ),
    );
    const messages = results.map((r) => (r.status === "rejected" ? r.reason.fieldErrors.currentPassword[0] : "ok"));
    expect(messages.filter((m) => m === "현재 비밀번호가 맞지 않습니다.")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
  });
});
