import { desc } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import type { StaffViewer } from "@/lib/auth/viewer";
import { seededDb } from "@/test/db";
import { viewerOf } from "@/test/viewers";
import { getNoticeSettings, saveNoticeSettings } from "./notice-settings";

const db = await seededDb();
const ctx = { ip: "127.0.0.1" };
let welfare: StaffViewer;
let tax: StaffViewer;

beforeAll(async () => {
  await seedDemoUsers(db);
  welfare = await viewerOf("welfare");
  tax = await viewerOf("tax");
});

describe("own notice settings", () => {
  it("start off, with no address", async () => {
    expect(await getNoticeSettings(welfare)).toEqual({ email: null, notify: false });
  });

  it("save one's own address and choice, and nobody else's", async () => {
    await saveNoticeSettings(welfare, { email: "welfare@jincheon.test", notify: true }, ctx);
    expect(await getNoticeSettings(welfare)).toEqual({ email: "welfare@jincheon.test", notify: true });
    expect(await getNoticeSettings(tax)).toEqual({ email: null, notify: false });
  });

  it("clearing the address forgets it", async () => {
    await saveNoticeSettings(welfare, { email: undefined, notify: false }, ctx);
    expect(await getNoticeSettings(welfare)).toEqual({ email: null, notify: false });
  });

  it("the audit row records the choice, never the address", async () => {
    await saveNoticeSettings(welfare, { email: "welfare@jincheon.test", notify: true }, ctx);
    const [row] = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(row.action).toBe("user.notice_settings");
    expect(row.entityId).toBe(welfare.userId);
    expect(JSON.stringify(row)).not.toContain("welfare@jincheon.test");
    expect(JSON.parse(String(row.after))).toEqual({ notify: true, hasEmail: true });
  });
});
