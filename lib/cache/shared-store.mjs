// The shared tier of both cache handlers, in Redis or Valkey when REDIS_URL is set, so several
// `next start` instances reuse each other's renders and see each other's tag expirations. Redis
// only ever saves work: every entry carries the publication revision it was rendered under and the
// handlers serve it only while the database still holds that revision, exactly as they do with
// their in-process copies. So an approval on one instance shows on every instance on the next
// request, and a Redis outage costs renders, never correctness: every call here gives up after a
// short timeout (no offline queue) and answers "nothing stored".
import v8 from "node:v8";
import { Redis } from "ioredis";

const PREFIX = "seonggwa:";
const TAGS_KEY = `${PREFIX}tags`;
/** How long a read or write may wait for Redis before the request goes on without it. */
const COMMAND_TIMEOUT_MS = 300;
/** Entries outlive any revision by far; the bound only keeps an idle store from growing for ever. */
const MAX_TTL_SECONDS = 7 * 24 * 3600;

/** Tag → when it was last expired (ms since the epoch), as this process last read it from Redis. */
// Stamped with performance.timeOrigin + performance.now() (see expireTags).
const expirations = new Map();

function deserialize(bytes) {
  try {
    return v8.deserialize(bytes);
  } catch {
    return null; // written by another Node version: a miss, rendered again
  }
}

function createStore(url) {
  let available = true;
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 1000,
    // Keep trying to come back, at most every two seconds; requests meanwhile go without Redis.
    retryStrategy: (times) => Math.min(times * 200, 2000),
    lazyConnect: false,
  });
  const outage = (error) => {
    if (available) console.warn(`[cache] Redis unavailable, serving without the shared cache: ${error.message}`);
    available = false;
  };
  client.on("error", outage);
  // The first calls wait for the first connection (at most connectTimeout), later ones never wait.
  const firstConnection = new Promise((resolve) => {
    client.once("ready", resolve);
    client.once("error", resolve);
    setTimeout(resolve, 1000).unref();
  });
  const ready = async () => {
    if (client.status !== "ready") await firstConnection;
    return client.status === "ready";
  };
  client.on("ready", () => {
    if (!available) console.warn("[cache] Redis reachable again");
    available = true;
  });
  const mergeExpirations = (hash) => {
    for (const [tag, at] of Object.entries(hash ?? {})) {
      const ms = Number(at);
      if (ms > (expirations.get(tag) ?? 0)) expirations.set(tag, ms);
    }
  };

  return {
    /** The stored record and the current tag expirations in one round trip; null when absent or unreachable. */
    async read(kind, key) {
      if (!(await ready())) return null;
      try {
        const [[getError, bytes], [tagsError, hash]] = await client
          .pipeline()
          .getBuffer(`${PREFIX}${kind}:${key}`)
          .hgetall(TAGS_KEY)
          .exec();
        if (!tagsError) mergeExpirations(hash);
        if (getError || !bytes) return null;
        return deserialize(bytes);
      } catch (error) {
        outage(error);
        return null;
      }
    },
    async write(kind, key, record, ttlSeconds) {
      if (!(await ready())) return;
      let bytes;
      try {
        bytes = v8.serialize(record);
      } catch {
        return; // a value that cannot be copied stays in this process only
      }
      try {
        const ttl = Math.max(1, Math.min(Math.ceil(ttlSeconds || MAX_TTL_SECONDS), MAX_TTL_SECONDS));
        await client.set(`${PREFIX}${kind}:${key}`, bytes, "EX", ttl);
      } catch (error) {
        outage(error);
      }
    },
    async refreshTags() {
      if (!(await ready())) return;
      try {
        mergeExpirations(await client.hgetall(TAGS_KEY));
      } catch (error) {
        outage(error);
      }
    },
    async expireTags(tags, at) {
      if (!tags.length || !(await ready())) return;
      try {
        await client.hset(TAGS_KEY, Object.fromEntries(tags.map((tag) => [tag, String(at)])));
      } catch (error) {
        outage(error);
      }
    },
    async close() {
      client.disconnect();
    },
  };
}

let store = null;
/** The shared store, or null without REDIS_URL (each process then keeps its own copies only). */
export function sharedStore() {
  const url = process.env.REDIS_URL?.trim();
  if (!url) return null;
  store ??= createStore(url);
  return store;
}

/** Records an expiration here at once, and in Redis for the other instances. */
export async function expireTags(tags) {
  const list = (Array.isArray(tags) ? tags : [tags]).filter(Boolean);
  // The clock Next stamps "use cache" entries with, so an entry and an expiration compare exactly.
  const at = performance.timeOrigin + performance.now();
  for (const tag of list) expirations.set(tag, at);
  await sharedStore()?.expireTags(list, at);
}

/** The latest expiration of any of these tags (0: never expired), as this process knows it. */
export function tagsExpiredAt(tags) {
  let latest = 0;
  for (const tag of tags ?? []) latest = Math.max(latest, expirations.get(tag) ?? 0);
  return latest;
}
