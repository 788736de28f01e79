import type { CacheTag } from "@/lib/cache-tags";

/**
 * What a write needs to know about the request besides the viewer: where it came from, for the audit
 * row, and the site address it was made on, for links in the notices it causes (lib/mail).
 */
export type WriteContext = { ip: string; origin?: string };

/** Every write reports the public cache tags it expired, so the caller can expire those views at once. */
export type Written = { tags: readonly CacheTag[] };

export const NO_TAGS: readonly CacheTag[] = [];
