// Handler for Next's incremental cache (next.config.ts `cacheHandler`): prerendered and
// regenerated pages and route responses. Same rule as use-cache-handler.mjs: an entry remembers
// the database's publication revision and is served only while the database still holds it.
// Build-time prerenders on disk are never read, so a build made on another database, a restart
// after SIGKILL, or a restore all render from the database on their first request. With REDIS_URL,
// entries are shared between instances (shared-store.mjs) under the same rule, keyed by build so
// that instances of two builds side by side (a rolling deploy) never serve each other's pages.
import fs from "node:fs";
import path from "node:path";
import { revisionReader } from "./published-revisions.mjs";
import { expireTags, sharedStore, tagsExpiredAt } from "./shared-store.mjs";

const MAX_ENTRIES = 1000;

/** @type {Map<string, { value: object, lastModified: number, cacheControl: object | undefined, revision: string, tags: string[] }>} */
const store = new Map();
/**
 * When the last lookup of each key had read the revision: Next renders (or re-renders in the
 * background) a key right after looking it up, and renders of one key are not run side by side.
 */
const lookedUpAt = new Map();

function buildIdOf(serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
  } catch {
    return "unknown-build";
  }
}

/** The entry's own tags (a page lists them in a header) and those Next asks about. */
function tagsOf(data, ctx) {
  const header = data?.headers?.["x-next-cache-tags"];
  const own = typeof header === "string" ? header.split(",") : [];
  return [...own, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

function usable(stored, revision) {
  return stored.revision === revision && tagsExpiredAt(stored.tags) <= stored.storedAt;
}

export default class PublishedIncrementalCache {
  constructor(ctx) {
    this.build = ctx?.serverDistDir ? buildIdOf(ctx.serverDistDir) : "unknown-build";
  }

  async get(cacheKey) {
    const reader = revisionReader();
    const { revision } = await reader.observe();
    lookedUpAt.set(cacheKey, reader.now());
    if (lookedUpAt.size > MAX_ENTRIES * 2) lookedUpAt.delete(lookedUpAt.keys().next().value);
    if (revision === null) return null;
    let stored = store.get(cacheKey);
    if (!stored || !usable(stored, revision)) {
      store.delete(cacheKey);
      stored = await sharedStore()?.read(`page:${this.build}`, cacheKey);
      if (!stored || !usable(stored, revision)) return null;
    }
    store.delete(cacheKey);
    store.set(cacheKey, stored);
    if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value);
    return { value: stored.value, lastModified: stored.lastModified, cacheControl: stored.cacheControl };
  }

  async set(cacheKey, data, ctx) {
    const startedAt = lookedUpAt.get(cacheKey);
    lookedUpAt.delete(cacheKey);
    const { revision, since } = await revisionReader().observe();
    store.delete(cacheKey);
    // If this process first saw the current revision after that lookup, the render may hold older
    // data: it is not kept, and the next request renders again.
    if (!data || revision === null || startedAt === undefined || !(startedAt >= since)) return;
    const stored = {
      value: data,
      lastModified: Date.now(),
      storedAt: revisionReader().now(),
      cacheControl: ctx?.cacheControl,
      revision,
      tags: tagsOf(data, ctx),
    };
    store.set(cacheKey, stored);
    if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value);
    await sharedStore()?.write(`page:${this.build}`, cacheKey, stored, ctx?.cacheControl?.expire);
  }

  // The publishing transaction bumped the revision already; the expiration is kept for Next's contract.
  async revalidateTag(tags) {
    await expireTags(tags);
  }
  resetRequestCache() {}
}
