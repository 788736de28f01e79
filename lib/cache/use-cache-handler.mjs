// Handler for "use cache" (next.config.ts `cacheHandlers`). It stores entries in memory as Next's
// default handler does, but decides staleness against the database: an entry is kept only if it
// started computing after this process saw the publication revision in force when it was stored,
// and is served only while the database still holds that revision (equality, so a restored older
// database misses too). Tag expirations are therefore not needed for correctness; updateTag still
// reaches updateTags below and does nothing, because the publishing transaction already bumped
// the revision. Several instances: swap `store` for shared storage, keep the revision rule.
import { revisionReader } from "./published-revisions.mjs";

const MAX_ENTRIES = 2000;

/** @type {Map<string, { bytes: Uint8Array, entry: object, revision: string }>} */
const store = new Map();
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
    const { revision } = revisionReader().observe();
    const stored = store.get(cacheKey);
    if (!stored) return undefined;
    if (stored.revision !== revision) {
      store.delete(cacheKey);
      return undefined;
    }
    // Least recently used last.
    store.delete(cacheKey);
    store.set(cacheKey, stored);
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
      const { revision, since } = revisionReader().observe();
      // Computed before this process saw the current revision: it may hold older data.
      if (revision === null || !(entry.timestamp >= since)) return;
      const { value: _stream, ...rest } = entry;
      store.delete(cacheKey);
      store.set(cacheKey, { bytes, entry: rest, revision });
      if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value);
    })();
    pendingSets.set(cacheKey, done);
    try {
      await done;
    } finally {
      if (pendingSets.get(cacheKey) === done) pendingSets.delete(cacheKey);
    }
  },

  async refreshTags() {},
  // No tag is ever "expired" by time: staleness is the revision check in get.
  async getExpiration() {
    return 0;
  },
  async updateTags() {},
};

export default handler;
