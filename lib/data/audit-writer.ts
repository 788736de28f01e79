import "server-only";
import type { Executor } from "@/db";
import { bumpPublication } from "@/db/publication";
import { auditLog } from "@/db/schema";
import type { AuditAction } from "@/lib/audit/actions";
import type { StaffViewer } from "@/lib/auth/viewer";
import { publicationTagsOf } from "@/lib/publication-tags";

export type AuditInput = {
  actor: Pick<StaffViewer, "userId" | "username"> | null;
  action: AuditAction;
  entityType: string;
  entityId?: number | null;
  departmentId?: number | null;
  before?: unknown;
  after?: unknown;
  note?: string | null;
  ip?: string | null;
};

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * Appends one audit row. Call it with the transaction that makes the change, so the change and its
 * record commit together or not at all. Nothing in the app updates or deletes audit rows.
 * An action that publishes (lib/publication-tags.ts) also bumps the publication revisions of the
 * tags it changes, in the same transaction: the cache handlers serve nothing rendered before it.
 */
export async function recordAudit(tx: Executor, entry: AuditInput): Promise<void> {
  await tx.insert(auditLog).values({
    at: new Date(),
    actorId: entry.actor?.userId ?? null,
    actorName: entry.actor?.username ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    departmentId: entry.departmentId ?? null,
    before: json(entry.before),
    after: json(entry.after),
    note: entry.note ?? null,
    ip: entry.ip ?? null,
  });
  await bumpPublication(tx, publicationTagsOf(entry.action));
}
