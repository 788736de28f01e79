// Handler for "use cache" (next.config.ts `cacheHandlers`). It stores entries in memory as Next's
// default handler does, but decides staleness against the database: an entry is kept only if it
// started computing after this process saw the publication revision in force when it was stored,
// and is served only while the database still holds that revision (equality, so a restored older
// database misses too). Tag expirations are therefore not needed for correctness; they are kept
// (and shared) only to honour Next's contract. With REDIS_URL the entries are also shared between
// instances (shared-store.mjs) under the same revision rule; this process keeps its own copies too,
// checked against the database on every lookup like the shared ones, so they are never stale.
import { revisionReader } from "./published-revisions.mjs";
import { expireTags, sharedStore, tagsExpiredAt } from "./shared-store.mjs";

const MAX_ENTRIES = 2000;

/** @type {Map<string, { bytes: Uint8Array, entry: object, revision: string }>} */
const store = new Map();

/** A stored record is good while the database holds its revision and none of its tags expired since. */
function usable(stored, revision) {
  return stored.revision === revision && tagsExpiredAt(stored.entry.tags) <= stored.entry.timestamp;
}

function remember(cacheKey, stored) {
  store.delete(cacheKey);
  store.set(cacheKey, stored);
  if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value);
}
/** @type {Map<string, Promise<void>>} */
const pendingSets = new Map();

async function readAll(stream) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    size += chunk.byteLength;
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** @type {import("next/dist/server/lib/cache-handlers/types").CacheHandler} */
const handler = {
  async get(cacheKey) {
    await pendingSets.get(cacheKey);
    const { revision } = await revisionReader().observe();
    if (revision === null) return undefined;
    let stored = store.get(cacheKey);
    if (!stored || !usable(stored, revision)) {
      store.delete(cacheKey);
      stored = await sharedStore()?.read("use-cache", cacheKey);
      if (!stored || !usable(stored, revision)) return undefined;
    }
    // Least recently used last.
    remember(cacheKey, stored);
    return { ...stored.entry, value: streamOf(stored.bytes) };
  },

  async set(cacheKey, pendingEntry) {
    const done = (async () => {
      const entry = await pendingEntry;
      let bytes;
      try {
        bytes = await readAll(entry.value);
      } catch {
        return; // a failed stream leaves no entry
      }
      const { revision, since } = await revisionReader().observe();
      // Computed before this process saw the current revision: it may hold older data.
      if (revision === null || !(entry.timestamp >= since)) return;
      const { value: _stream, ...rest } = entry;
      const stored = { bytes, entry: rest, revision };
      remember(cacheKey, stored);
      await sharedStore()?.write("use-cache", cacheKey, stored, entry.expire);
    })();
    pendingSets.set(cacheKey, done);
    try {
      await done;
    } finally {
      if (pendingSets.get(cacheKey) === done) pendingSets.delete(cacheKey);
    }
  },

  async refreshTags() {
    await sharedStore()?.refreshTags();
  },
  async getExpiration(tags) {
    return tagsExpiredAt(tags);
  },
  async updateTags(tags) {
    await expireTags(tags);
  },
};

export default handler;
