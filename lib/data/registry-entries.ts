import "server-only";
import { and, eq, max, ne, sql } from "drizzle-orm";
import { withoutBlanks } from "@/db/sql";
import { REGISTRY_KEY, takeTurns } from "@/db/raw";
import { transaction, type Executor } from "@/db";
import { agencies, departments, type AgencyKind } from "@/db/schema";
import { authorize } from "@/lib/auth/can";
import type { Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit-writer";
import type { WriteContext, Written } from "./write-context";

/**
 * Adding departments and awarding bodies, and taking them out of use. A deactivated entry is no
 * longer offered for new records (award form, import matching) but stays on the records that have
 * it and on every public page that shows them.
 */

export type RegistryKind = "department" | "agency";

export type NewRegistryEntry =
  | { kind: "department"; name: string }
  | { kind: "agency"; name: string; agencyKind: AgencyKind };

const tableOf = (kind: RegistryKind) => (kind === "department" ? departments : agencies);

/** Names compared the way staff mistype them: NFC, without spaces. */
export const compactName = (name: string) => name.normalize("NFC").replace(/\s+/g, "");

export const DUPLICATE_NAME: Record<RegistryKind, string> = {
  department: "같은 이름의 부서가 이미 등록되어 있습니다.",
  agency: "같은 이름의 주관기관이 이미 등록되어 있습니다.",
};

/** The registered entry whose name is `name` up to spacing, if any (active or not). */
export async function sameNamedEntry(
  tx: Executor,
  kind: RegistryKind,
  name: string,
  exceptId?: number,
): Promise<{ id: number; name: string; active: boolean } | undefined> {
  const table = tableOf(kind);
  const [row] = await tx
    .select({ id: table.id, name: table.name, active: table.active })
    .from(table)
    .where(
      and(
        eq(withoutBlanks(table.name), compactName(name)),
        exceptId === undefined ? undefined : ne(table.id, exceptId),
      ),
    )
    .limit(1);
  return row;
}

/**
 * Inserts a department or body, refusing a name already registered (up to spacing). The unique
 * index on the name is the guard against a concurrent insert of the same spelling; the spacing check
 * and the next place are read first, so writers adding to one registry take turns.
 */
export async function insertRegistryEntry(tx: Executor, entry: NewRegistryEntry): Promise<number> {
  await takeTurns(tx, `registry:${entry.kind}`);
  if (await sameNamedEntry(tx, entry.kind, entry.name)) throw new FieldError({ name: [DUPLICATE_NAME[entry.kind]] });
  const table = tableOf(entry.kind);
  const [last] = await tx.select({ n: max(table.sortOrder) }).from(table);
  const sortOrder = (last?.n ?? 0) + 1;
  const rows =
    entry.kind === "department"
      ? await tx
          .insert(departments)
          .values({ name: entry.name, sortOrder })
          .onConflictDoNothing()
          .returning({ id: departments.id })
      : await tx
          .insert(agencies)
          .values({ name: entry.name, kind: entry.agencyKind, sortOrder })
          .onConflictDoNothing()
          .returning({ id: agencies.id });
  if (rows.length !== 1) throw new FieldError({ name: [DUPLICATE_NAME[entry.kind]] });
  return rows[0].id;
}

export type RegistryAdded = Written & { kind: "added"; entry: RegistryKind; id: number };

/** An admin adds a department or an awarding body. */
export async function addRegistryEntry(
  viewer: Viewer,
  entry: NewRegistryEntry,
  ctx: WriteContext,
): Promise<RegistryAdded> {
  authorize(viewer, "registry.manage");
  return transaction(async (tx) => {
    const id = await insertRegistryEntry(tx, entry);
    await recordAudit(tx, {
      actor: viewer,
      action: `${entry.kind}.create`,
      entityType: entry.kind,
      entityId: id,
      after: entry,
      ip: ctx.ip,
    });
    return { kind: "added", entry: entry.kind, id, tags: [CACHE_TAGS.registry] };
  });
}

export type RegistryActiveChanged = Written & { kind: "deactivated" | "reactivated"; entry: RegistryKind; id: number };

/**
 * Takes an entry out of use or back into it. The change is guarded in the UPDATE (the entry must be
 * in the other state), so two admins clicking at once record one change.
 */
export async function setRegistryEntryActive(
  viewer: Viewer,
  input: { kind: RegistryKind; id: number; active: boolean },
  ctx: WriteContext,
): Promise<RegistryActiveChanged> {
  authorize(viewer, "registry.manage");
  const table = tableOf(input.kind);
  return transaction(async (tx) => {
    await takeTurns(tx, REGISTRY_KEY);
    const conditions = [eq(table.id, input.id), eq(table.active, !input.active)];
    // A department ended by a reorganisation owns nothing any more: it cannot come back into use.
    if (input.kind === "department" && input.active) conditions.push(sql`${departments.endedOn} is null`);
    const changed = await tx
      .update(table)
      .set({ active: input.active, deactivatedAt: input.active ? null : new Date(), updatedAt: new Date() })
      .where(and(...conditions))
      .returning({ id: table.id, name: table.name });
    if (changed.length !== 1) {
      const [exists] = await tx.select({ active: table.active }).from(table).where(eq(table.id, input.id)).limit(1);
      if (!exists) throw new NotFoundError();
      throw new ConflictError(exists, input.active ? "이미 사용 중입니다." : "이미 사용이 중지되었습니다.");
    }
    const verb = input.active ? "reactivate" : "deactivate";
    await recordAudit(tx, {
      actor: viewer,
      action: `${input.kind}.${verb}`,
      entityType: input.kind,
      entityId: input.id,
      before: { active: !input.active },
      after: { active: input.active, name: changed[0].name },
      ip: ctx.ip,
    });
    return {
      kind: input.active ? "reactivated" : "deactivated",
      entry: input.kind,
      id: input.id,
      tags: [CACHE_TAGS.registry],
    };
  });
}
