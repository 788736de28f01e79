import { inArray, sql } from "drizzle-orm";
import { PUBLISHED_REVISION_SQL } from "@/lib/cache/published-revisions.mjs";
import type { Executor } from "./client";
import { isPostgres } from "./path";
import { queryRows } from "./raw";
import { publicationRevisions } from "./schema";
import { randomHexToken } from "./sql";

/** A fresh revision token for each tag: random, so equal tokens mean the same publication. */
export async function bumpPublication(tx: Executor, tags: readonly string[]): Promise<void> {
  if (!tags.length) return;
  await tx
    .update(publicationRevisions)
    .set({ revision: randomHexToken() })
    .where(inArray(publicationRevisions.tag, [...tags]));
}

/** Bumps every tag: for writes that bypass the audit trail (seeding a record). */
export async function bumpAllPublications(tx: Executor): Promise<void> {
  await tx.update(publicationRevisions).set({ revision: randomHexToken() });
}

/**
 * The revisions of every public tag as one opaque string ("awards=…;kpis=…;…"). The cache handlers
 * (lib/cache/published-revisions.mjs) read the same string with the same query, without Drizzle.
 */
export async function readPublishedRevision(db: Executor): Promise<string> {
  const [row] = await queryRows<{ r: string }>(
    db,
    sql.raw(isPostgres() ? PUBLISHED_REVISION_SQL.postgres : PUBLISHED_REVISION_SQL.sqlite),
  );
  return row.r;
}
