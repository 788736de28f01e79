import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { transaction } from "@/db";
import { awardsOfAgency, awardsOfDepartment, refreshAwardSearch } from "@/db/award-search";
import { agencies, agencyNames, departmentNames, departments } from "@/db/schema";
import { REGISTRY_KEY, takeTurns } from "@/db/raw";
import { authorize } from "@/lib/auth/can";
import type { Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit-writer";
import type { WriteContext, Written } from "./write-context";

export type RenameInput = { kind: "department" | "agency"; id: number; name: string; effectiveOn: string };

/**
 * Renames a department or awarding body from a date (문화재청 → 국가유산청 on 2024-05-17). The old
 * name is kept with that date, so records from before it stay published under the old name.
 */
export async function renameRegistryEntry(
  viewer: Viewer,
  input: RenameInput,
  ctx: WriteContext,
): Promise<Written & { kind: "renamed"; from: string; to: string; effectiveOn: string }> {
  authorize(viewer, "registry.rename");
  const table = input.kind === "department" ? departments : agencies;
  return await transaction(async (tx) => {
    await takeTurns(tx, REGISTRY_KEY);
    const [current] = await tx
      .select({ id: table.id, name: table.name })
      .from(table)
      .where(eq(table.id, input.id))
      .limit(1);
    if (!current) throw new NotFoundError();
    if (current.name === input.name) throw new FieldError({ name: ["지금과 같은 이름입니다."] });
    const [sameName] = await tx
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.name, input.name), ne(table.id, input.id)))
      .limit(1);
    if (sameName) throw new FieldError({ name: ["같은 이름이 이미 등록되어 있습니다."] });
    // The rename carries the name it replaces, so a rename that raced this one changes nothing twice.
    const renamed = await tx
      .update(table)
      .set({ name: input.name, updatedAt: new Date() })
      .where(and(eq(table.id, input.id), eq(table.name, current.name)))
      .returning({ id: table.id });
    if (renamed.length !== 1) throw new ConflictError({ name: current.name });
    if (input.kind === "department") {
      await tx
        .insert(departmentNames)
        .values({ departmentId: input.id, name: current.name, usedUntil: input.effectiveOn });
    } else {
      await tx.insert(agencyNames).values({ agencyId: input.id, name: current.name, usedUntil: input.effectiveOn });
    }
    // Awards dated after the change are now published, and searched, under the new name.
    await refreshAwardSearch(tx, input.kind === "department" ? awardsOfDepartment(input.id) : awardsOfAgency(input.id));
    await recordAudit(tx, {
      actor: viewer,
      action: `${input.kind}.rename`,
      entityType: input.kind,
      entityId: input.id,
      before: { name: current.name },
      after: { name: input.name, effectiveOn: input.effectiveOn },
      ip: ctx.ip,
    });
    return {
      kind: "renamed" as const,
      from: current.name,
      to: input.name,
      effectiveOn: input.effectiveOn,
      tags: [CACHE_TAGS.registry, CACHE_TAGS.awards],
    };
  });
}
