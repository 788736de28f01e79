/**
 * Tags on cached public reads. A write that changes what the public sees expires the tags it
 * touches (updateTag in server actions, revalidateTag(tag, { expire: 0 }) elsewhere).
 */
export const CACHE_TAGS = {
  awards: "awards",
  // The organisation's name, offices, contacts, licence and logo (lib/data/organisation.ts).
  identity: "identity",
  kpis: "kpis",
  // Editions: which are published, their areas' headlines and narrative points (lib/data/editions*).
  narrative: "narrative",
  registry: "registry",
  years: "years",
} as const;

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS];
