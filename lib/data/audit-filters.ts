import "server-only";
import { asc } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { isPlanner } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { ForbiddenError } from "@/lib/errors";

export type AuditActor = { id: number; username: string; displayName: string };

/**
 * Everyone who may appear in the audit log, for the log's 사용자 filter. Planners need it although
 * the account list (listUsers) is for admins only, so it carries names and nothing else.
 * Deactivated accounts stay in the list: their past actions are still in the log.
 */
export function listAuditActors(viewer: Viewer): AuditActor[] {
  if (!isPlanner(viewer)) throw new ForbiddenError("감사 기록은 검토 부서와 관리자만 볼 수 있습니다.");
  return db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .orderBy(asc(users.username))
    .all();
}
