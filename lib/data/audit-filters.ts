import "server-only";
import { asc } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { authorize } from "@/lib/auth/can";
import type { Viewer } from "@/lib/auth/viewer";

export type AuditActor = { id: number; username: string; displayName: string };

/**
 * Everyone who may appear in the audit log, for the log's 사용자 filter. Planners need it although
 * the account list (listUsers) is for admins only, so it carries names and nothing else.
 * Deactivated accounts stay in the list: their past actions are still in the log.
 */
export async function listAuditActors(viewer: Viewer): Promise<AuditActor[]> {
  authorize(viewer, "audit.read");
  return await db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .orderBy(asc(users.username));
}
