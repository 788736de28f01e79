import type Database from "better-sqlite3";
import { inArray, sql } from "drizzle-orm";
import type { Executor } from "./client";
import { publicationRevisions } from "./schema";

/** A fresh revision token for each tag: random, so equal tokens mean the same publication. */
export function bumpPublication(tx: Executor, tags: readonly string[]): void {
  if (!tags.length) return;
  tx.update(publicationRevisions)
    .set({ revision: sql`lower(hex(randomblob(12)))` })
    .where(inArray(publicationRevisions.tag, [...tags]))
    .run();
}

/** Bumps every tag: for writes that bypass the audit trail (seeding a record). */
export function bumpAllPublications(tx: Executor): void {
  tx.update(publicationRevisions).set({ revision: sql`lower(hex(randomblob(12)))` }).run();
}

/**
 * The revisions of every public tag as one opaque string ("awards=…;kpis=…;…"). The cache handlers
 * (lib/cache/published-revisions.mjs) read the same string with the same query, without Drizzle.
 */
export const PUBLISHED_REVISION_SQL =
  "select coalesce(group_concat(tag || '=' || revision, ';'), '') as r from " +
  "(select tag, revision from publication_revisions order by tag)";

export function readPublishedRevision(client: Database.Database): string {
  return (client.prepare(PUBLISHED_REVISION_SQL).get() as { r: string }).r;
}
