import "server-only";
import { transaction } from "@/db";
import type { User } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "./audit-writer";
import { recordLockout } from "./authentication";
import { reserveAttempt, settleAttemptAsSuccess } from "./login-attempts";

export type PasswordCheck = "ok" | "invalid" | "locked" | "rate_limited";

/**
 * A signed-in user proving they know their password (changing it): a guess like any login, under
 * the same per-account and per-address limits, and a wrong one is audited and can lock the account.
 */
export async function checkCurrentPassword(user: User, password: string, ip: string): Promise<PasswordCheck> {
  const now = Date.now();
  const reservation = await reserveAttempt({ username: user.username, ip }, now);
  if (reservation.kind !== "reserved") return reservation.kind;
  const ok = await verifyPassword(user.passwordHash, password);
  await transaction(async (tx) => {
    if (ok) return await settleAttemptAsSuccess(tx, reservation.id);
    await recordAudit(tx, {
      actor: { userId: user.id, username: user.username },
      action: "auth.password_check_failed",
      entityType: "user",
      entityId: user.id,
      departmentId: user.departmentId,
      ip,
    });
    if (reservation.last) await recordLockout(tx, { username: user.username, user, ip, now });
  });
  return ok ? "ok" : "invalid";
}
