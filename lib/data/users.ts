import "server-only";
import { authorize } from "@/lib/auth/can";
import { asc, eq, sql } from "drizzle-orm";
import { db, type Executor, transaction } from "@/db";
import { departments, users, type Role } from "@/db/schema";
import { REGISTRY_KEY, takeTurns } from "@/db/raw";
import { hashPassword } from "@/lib/auth/password";
import { LOCKOUT_MINUTES } from "@/lib/auth/policy";
import type { StaffViewer, Viewer } from "@/lib/auth/viewer";
import { FieldError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit-writer";
import { checkCurrentPassword } from "./password-check";
import { NO_TAGS, type WriteContext, type Written } from "./write-context";

/** What an account change did, for the admin's page to word. */
export type UserWrite = Written & {
  kind: "created" | "activated" | "deactivated" | "password-reset" | "moved" | "password-changed";
  username: string;
};

export type UserListItem = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  departmentId: number | null;
  department: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
};

/** What an audit row says about an account: never the password hash. */
function publicFields(u: typeof users.$inferSelect) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    departmentId: u.departmentId,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
  };
}

async function loadUser(tx: Executor, id: number) {
  const [user] = await tx.select().from(users).where(eq(users.id, id)).limit(1);
  if (!user) throw new NotFoundError("계정을 찾을 수 없습니다.");
  return user;
}

export async function listUsers(viewer: Viewer): Promise<UserListItem[]> {
  authorize(viewer, "users.manage");
  return await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      departmentId: users.departmentId,
      department: departments.name,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .orderBy(asc(users.username));
}

/** Creates an account. Used by admins in the app and by `npm run user:create` (viewer null). */
export async function createUser(
  viewer: Viewer | null,
  input: { username: string; displayName: string; role: Role; departmentId?: number; password: string },
  ctx: WriteContext,
): Promise<UserWrite & { kind: "created"; userId: number }> {
  if (viewer) authorize(viewer, "users.manage");
  const usernameTaken = new FieldError({ username: ["이미 쓰이는 아이디입니다."] });
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.username, input.username)).limit(1);
  if (taken) throw usernameTaken;
  if (input.departmentId !== undefined) {
    const [department] = await db
      .select({ id: departments.id })
      .from(departments)
      .where(eq(departments.id, input.departmentId))
      .limit(1);
    if (!department) throw new FieldError({ departmentId: ["등록된 부서를 선택해 주세요."] });
  }
  const passwordHash = await hashPassword(input.password);
  return await transaction(async (tx) => {
    // The unique username is the guard: of two admins creating the same name at once, one inserts.
    const [created] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        departmentId: input.departmentId ?? null,
        passwordHash,
        // An account an admin creates gets a password the admin knows, so its owner must replace it.
        mustChangePassword: viewer !== null,
      })
      .onConflictDoNothing({ target: users.username })
      .returning();
    if (!created) throw usernameTaken;
    const actor = viewer?.kind === "staff" ? viewer : null;
    await recordAudit(tx, {
      actor,
      action: "user.create",
      entityType: "user",
      entityId: created.id,
      departmentId: created.departmentId,
      after: publicFields(created),
      note: actor ? null : "명령행(user:create)",
      ip: ctx.ip,
    });
    return { kind: "created" as const, username: created.username, userId: created.id, tags: NO_TAGS };
  });
}

/** Deactivating also ends the account's sessions (its session version moves on). */
export async function setUserActive(
  viewer: Viewer,
  userId: number,
  active: boolean,
  ctx: WriteContext,
): Promise<UserWrite> {
  authorize(viewer, "users.manage");
  if (!active) authorize(viewer, "users.deactivate", { userId });
  return await transaction(async (tx): Promise<UserWrite> => {
    const before = await loadUser(tx, userId);
    await tx
      .update(users)
      .set({ active, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await recordAudit(tx, {
      actor: viewer,
      action: active ? "user.activate" : "user.deactivate",
      entityType: "user",
      entityId: userId,
      departmentId: before.departmentId,
      before: publicFields(before),
      after: publicFields(await loadUser(tx, userId)),
      ip: ctx.ip,
    });
    return { kind: active ? "activated" : "deactivated", username: before.username, tags: NO_TAGS };
  });
}

/** Sets a temporary password the user must replace at next login; their sessions end. */
export async function resetUserPassword(
  viewer: Viewer,
  userId: number,
  password: string,
  ctx: WriteContext,
): Promise<UserWrite> {
  authorize(viewer, "users.manage");
  const passwordHash = await hashPassword(password);
  return await transaction(async (tx): Promise<UserWrite> => {
    const before = await loadUser(tx, userId);
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId));
    await recordAudit(tx, {
      actor: viewer,
      action: "user.reset_password",
      entityType: "user",
      entityId: userId,
      departmentId: before.departmentId,
      ip: ctx.ip,
    });
    return { kind: "password-reset", username: before.username, tags: NO_TAGS };
  });
}

export async function moveUserDepartment(
  viewer: Viewer,
  userId: number,
  departmentId: number,
  ctx: WriteContext,
): Promise<UserWrite & { department: string }> {
  authorize(viewer, "users.manage");
  return await transaction(async (tx) => {
    const before = await loadUser(tx, userId);
    await takeTurns(tx, REGISTRY_KEY, "shared");
    const [department] = await tx.select().from(departments).where(eq(departments.id, departmentId)).limit(1);
    if (!department) throw new FieldError({ departmentId: ["등록된 부서를 선택해 주세요."] });
    await tx.update(users).set({ departmentId, updatedAt: new Date() }).where(eq(users.id, userId));
    await recordAudit(tx, {
      actor: viewer,
      action: "user.move_department",
      entityType: "user",
      entityId: userId,
      departmentId,
      before: publicFields(before),
      after: publicFields(await loadUser(tx, userId)),
      ip: ctx.ip,
    });
    return { kind: "moved" as const, username: before.username, department: department.name, tags: NO_TAGS };
  });
}

/**
 * A user replaces their own password (required after an admin reset). Every session of theirs ends,
 * this one included: they sign in again with the new password.
 */
const CURRENT_PASSWORD_REFUSALS = {
  invalid: "현재 비밀번호가 맞지 않습니다.",
  locked: `비밀번호를 여러 번 틀려 이 계정은 잠시 잠겼습니다. ${LOCKOUT_MINUTES}분 뒤 다시 시도해 주세요.`,
  rate_limited: `이 주소에서 시도가 너무 많습니다. ${LOCKOUT_MINUTES}분 뒤 다시 시도해 주세요.`,
} as const;

export async function changeOwnPassword(
  viewer: StaffViewer,
  input: { currentPassword: string; newPassword: string },
  ctx: WriteContext,
): Promise<UserWrite> {
  authorize(viewer, "account.own");
  const user = await loadUser(db, viewer.userId);
  const check = await checkCurrentPassword(user, input.currentPassword, ctx.ip);
  if (check !== "ok") throw new FieldError({ currentPassword: [CURRENT_PASSWORD_REFUSALS[check]] });
  const passwordHash = await hashPassword(input.newPassword);
  return await transaction(async (tx): Promise<UserWrite> => {
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, viewer.userId));
    await recordAudit(tx, {
      actor: viewer,
      action: "user.change_password",
      entityType: "user",
      entityId: viewer.userId,
      departmentId: viewer.departmentId,
      ip: ctx.ip,
    });
    return { kind: "password-changed", username: viewer.username, tags: NO_TAGS };
  });
}
