import { inArray, sql } from "drizzle-orm";
import type { Executor } from "./client";
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

/**
 * Bumps every tag: for writes that bypass the audit trail (seeding a record). Synchronous, for the
 * seed's bulk transaction (db/seed runs as a script on better-sqlite3).
 */
export function bumpAllPublications(tx: Pick<Executor, "update">): void {
  tx.update(publicationRevisions).set({ revision: randomHexToken() }).run();
}

/**
 * The revisions of every public tag as one opaque string ("awards=…;kpis=…;…"). The cache handlers
 * (lib/cache/published-revisions.mjs) read the same string with the same query, without Drizzle.
 */
export const PUBLISHED_REVISION_SQL =
  "select coalesce(group_concat(tag || '=' || revision, ';'), '') as r from " +
  "(select tag, revision from publication_revisions order by tag)";

export async function readPublishedRevision(db: Executor): Promise<string> {
  const [row] = await db.all<{ r: string }>(sql.raw(PUBLISHED_REVISION_SQL));
  return row.r;
}
