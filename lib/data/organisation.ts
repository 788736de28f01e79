import "server-only";
import { eq } from "drizzle-orm";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/db";
import { organisation } from "@/db/schema";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { type OrganisationIdentity, UNSET_ORGANISATION } from "@/lib/organisation";

// Public read, no viewer: the identity is what every visitor sees.

/**
 * The organisation's identity: the one place every title, heading, footer, export and the API's
 * licence field read it from. An admin's edit expires the `identity` tag, so the next request shows it.
 */
export async function getOrganisation(): Promise<OrganisationIdentity> {
  "use cache";
  cacheLife("max");
  cacheTag(CACHE_TAGS.identity);
  return await readOrganisation();
}

/** Uncached, for writes and scripts. */
export async function readOrganisation(): Promise<OrganisationIdentity> {
  const [row] = await db.select().from(organisation).where(eq(organisation.id, 1)).limit(1);
  if (!row) return UNSET_ORGANISATION;
  const { updatedAt: _updatedAt, logoKey, logoType: _logoType, ...identity } = row;
  return { ...identity, hasLogo: logoKey !== null };
}
