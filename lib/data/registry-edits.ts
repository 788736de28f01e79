import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { db } from "@/db";
import { awardsOfAgency, awardsOfDepartment, refreshAwardSearch } from "@/db/award-search";
import { agencies, agencyNames, departmentNames, departments } from "@/db/schema";
import { authorize } from "@/lib/auth/can";
import type { Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { FieldError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit-writer";
import type { WriteContext, Written } from "./write-context";

export type RenameInput = { kind: "department" | "agency"; id: number; name: string; effectiveOn: string };

/**
 * Renames a department or awarding body from a date (문화재청 → 국가유산청 on 2024-05-17). The old
 * name is kept with that date, so records from before it stay published under the old name.
 */
export function renameRegistryEntry(
  viewer: Viewer,
  input: RenameInput,
  ctx: WriteContext,
): Written & { kind: "renamed"; from: string; to: string; effectiveOn: string } {
  authorize(viewer, "registry.rename");
  const table = input.kind === "department" ? departments : agencies;
  return db.transaction((tx) => {
    const current = tx.select({ id: table.id, name: table.name }).from(table).where(eq(table.id, input.id)).get();
    if (!current) throw new NotFoundError();
    if (current.name === input.name) throw new FieldError({ name: ["지금과 같은 이름입니다."] });
    if (
      tx
        .select({ id: table.id })
        .from(table)
        .where(and(eq(table.name, input.name), ne(table.id, input.id)))
        .get()
    ) {
      throw new FieldError({ name: ["같은 이름이 이미 등록되어 있습니다."] });
    }
    if (input.kind === "department") {
      tx.insert(departmentNames)
        .values({ departmentId: input.id, name: current.name, usedUntil: input.effectiveOn })
        .run();
      tx.update(departments).set({ name: input.name, updatedAt: new Date() }).where(eq(departments.id, input.id)).run();
    } else {
      tx.insert(agencyNames).values({ agencyId: input.id, name: current.name, usedUntil: input.effectiveOn }).run();
      tx.update(agencies).set({ name: input.name, updatedAt: new Date() }).where(eq(agencies.id, input.id)).run();
    }
    // Awards dated after the change are now published, and searched, under the new name.
    refreshAwardSearch(tx, input.kind === "department" ? awardsOfDepartment(input.id) : awardsOfAgency(input.id));
    recordAudit(tx, {
      actor: viewer,
      action: `${input.kind}.rename`,
      entityType: input.kind,
      entityId: input.id,
      before: { name: current.name },
      after: { name: input.name, effectiveOn: input.effectiveOn },
      ip: ctx.ip,
    });
    return {
      kind: "renamed",
      from: current.name,
      to: input.name,
      effectiveOn: input.effectiveOn,
      tags: [CACHE_TAGS.registry, CACHE_TAGS.awards],
    };
  });
}
