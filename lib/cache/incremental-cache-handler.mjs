// Handler for Next's incremental cache (next.config.ts `cacheHandler`): prerendered and
// regenerated pages and route responses. Same rule as use-cache-handler.mjs: an entry remembers
// the database's publication revision and is served only while the database still holds it.
// Build-time prerenders on disk are never read, so a build made on another database, a restart
// after SIGKILL, or a restore all render from the database on their first request.
import { revisionReader } from "./published-revisions.mjs";

const MAX_ENTRIES = 1000;

/** @type {Map<string, { value: object, lastModified: number, cacheControl: object | undefined, revision: string }>} */
const store = new Map();
/**
 * When the last lookup of each key had read the revision: Next renders (or re-renders in the
 * background) a key right after looking it up, and renders of one key are not run side by side.
 */
const lookedUpAt = new Map();

export default class PublishedIncrementalCache {
  async get(cacheKey) {
    const reader = revisionReader();
    const { revision } = reader.observe();
    lookedUpAt.set(cacheKey, reader.now());
    if (lookedUpAt.size > MAX_ENTRIES * 2) lookedUpAt.delete(lookedUpAt.keys().next().value);
    const stored = store.get(cacheKey);
    if (!stored) return null;
    if (stored.revision !== revision) {
      store.delete(cacheKey);
      return null;
    }
    store.delete(cacheKey);
    store.set(cacheKey, stored);
    return { value: stored.value, lastModified: stored.lastModified, cacheControl: stored.cacheControl };
  }

  async set(cacheKey, data, ctx) {
    const startedAt = lookedUpAt.get(cacheKey);
    lookedUpAt.delete(cacheKey);
    const { revision, since } = revisionReader().observe();
    store.delete(cacheKey);
    // If this process first saw the current revision after that lookup, the render may hold older
    // data: it is not kept, and the next request renders again.
    if (!data || revision === null || startedAt === undefined || !(startedAt >= since)) return;
    store.set(cacheKey, { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl, revision });
    if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value);
  }

  // The publishing transaction bumped the revision already; nothing to expire here.
  async revalidateTag() {}
  resetRequestCache() {}
}
