import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { db, transaction } from "@/db";
import { departments, users, type Role } from "@/db/schema";
import { authorize } from "@/lib/auth/can";
import type { Viewer } from "@/lib/auth/viewer";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit-writer";
import { NO_TAGS, type WriteContext, type Written } from "./write-context";

export type RoleListItem = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  department: string | null;
  active: boolean;
};

/** The accounts whose role a viewer may see to change: every account, for planners and admins. */
export async function listAccountRoles(viewer: Viewer): Promise<RoleListItem[]> {
  authorize(viewer, "users.set-role");
  return db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      department: departments.name,
      active: users.active,
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .orderBy(asc(users.username));
}

export type RoleWrite = Written & { kind: "role-changed"; username: string; from: Role; to: Role };

/**
 * Changes an account's role. The rule (planners never give or take admin, nobody changes their own)
 * is checked against the role stored now, and the update is guarded on that same role in its WHERE,
 * so a change made meanwhile is refused rather than overwritten. The role is read from the database
 * on every request, so the person's next page already follows it.
 */
export async function setUserRole(
  viewer: Viewer,
  input: { userId: number; role: Role },
  ctx: WriteContext,
): Promise<RoleWrite> {
  authorize(viewer, "users.set-role", { userId: input.userId });
  return transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, input.userId)).limit(1);
    if (!before) throw new NotFoundError("계정을 찾을 수 없습니다.");
    authorize(viewer, "users.set-role", { userId: before.id, roles: { from: before.role, to: input.role } });
    if (before.role === input.role) throw new FieldError({ role: ["지금과 같은 역할입니다."] });
    if (input.role === "officer" && before.departmentId === null)
      throw new FieldError({ role: ["부서 담당자가 되려면 먼저 부서를 정해야 합니다."] });
    const changed = await tx
      .update(users)
      .set({ role: input.role, updatedAt: new Date() })
      .where(and(eq(users.id, before.id), eq(users.role, before.role), ne(users.role, input.role)))
      .returning({ id: users.id });
    if (changed.length === 0) throw new ConflictError({ role: before.role }, "다른 사용자가 먼저 역할을 바꿨습니다.");
    await recordAudit(tx, {
      actor: viewer,
      action: "user.set_role",
      entityType: "user",
      entityId: before.id,
      departmentId: before.departmentId,
      before: { role: before.role },
      after: { role: input.role },
      ip: ctx.ip,
    });
    return { kind: "role-changed", username: before.username, from: before.role, to: input.role, tags: NO_TAGS };
  });
}
