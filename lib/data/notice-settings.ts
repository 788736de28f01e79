import "server-only";
import { eq } from "drizzle-orm";
import { db, transaction } from "@/db";
import { users } from "@/db/schema";
import { authorize } from "@/lib/auth/can";
import type { StaffViewer } from "@/lib/auth/viewer";
import type { NoticeSettingsInput } from "@/lib/validations/notice-settings";
import { recordAudit } from "./audit-writer";
import { NO_TAGS, type WriteContext, type Written } from "./write-context";

export type NoticeSettings = { email: string | null; notify: boolean };

/** The viewer's own notice settings; nobody reads another person's address through the app. */
export async function getNoticeSettings(viewer: StaffViewer): Promise<NoticeSettings> {
  authorize(viewer, "account.own");
  const [row] = await db
    .select({ email: users.email, notify: users.notify })
    .from(users)
    .where(eq(users.id, viewer.userId))
    .limit(1);
  return row ?? { email: null, notify: false };
}

/**
 * Saves the viewer's own address and choice. Only the person's own row changes and only they set
 * it, so the last save wins (no version check). The audit row says whether notices are on, never
 * the address: the audit log is read by planners, and the address is the person's alone.
 */
export async function saveNoticeSettings(
  viewer: StaffViewer,
  input: NoticeSettingsInput,
  ctx: WriteContext,
): Promise<Written & { kind: "notice-settings-saved"; notify: boolean }> {
  authorize(viewer, "account.own");
  return await transaction(async (tx) => {
    const before = await tx
      .select({ notify: users.notify, email: users.email })
      .from(users)
      .where(eq(users.id, viewer.userId))
      .limit(1);
    await tx
      .update(users)
      .set({ email: input.email ?? null, notify: input.notify, updatedAt: new Date() })
      .where(eq(users.id, viewer.userId));
    await recordAudit(tx, {
      actor: viewer,
      action: "user.notice_settings",
      entityType: "user",
      entityId: viewer.userId,
      departmentId: viewer.departmentId,
      before: before[0] ? { notify: before[0].notify, hasEmail: before[0].email !== null } : undefined,
      after: { notify: input.notify, hasEmail: input.email !== undefined },
      ip: ctx.ip,
    });
    return { kind: "notice-settings-saved" as const, notify: input.notify, tags: NO_TAGS };
  });
}
