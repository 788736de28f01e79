// Two handler instances (fresh module copies, as two `next start` processes would load them) on one
// database and one Redis: entries and tag expirations are shared, the database's revision decides,
// and a stopped Redis costs only renders. Debian's redis-server is started here on a free port.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { bumpAllPublications } from "@/db/publication";
import { seededDb } from "@/test/db";

const REDIS = "/usr/bin/redis-server";
// npm test and the scale step install it with apt-get when missing (scripts/lib/debian.mjs).
if (!fs.existsSync(REDIS))
  spawnSync(process.execPath, ["scripts/lib/debian.mjs", "redis-server"], { stdio: "inherit" });

const db = await seededDb();
let redis: ChildProcess;

type UseCacheHandler = {
  get(key: string, softTags: string[]): Promise<undefined | { value: ReadableStream<Uint8Array>; tags: string[] }>;
  set(key: string, entry: Promise<object>): Promise<void>;
  refreshTags(): Promise<void>;
  getExpiration(tags: string[]): Promise<number>;
  updateTags(tags: string[]): Promise<void>;
};
type PageCache = {
  get(key: string, ctx?: object): Promise<{ value: { body: Buffer } } | null>;
  set(key: string, data: object, ctx: object): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** A fresh copy of a handler module: its own in-process store, as in another process. */
async function instance<T>(file: string): Promise<T> {
  vi.resetModules();
  return (await import(`./${file}?copy=${Math.random()}`)).default as T;
}

const now = () => performance.timeOrigin + performance.now();
function entry(text: string, tags: string[] = ["awards"]) {
  return Promise.resolve({
    value: new Blob([text]).stream(),
    tags,
    stale: 300,
    timestamp: now(),
    expire: 3600,
    revalidate: 3600,
  });
}
async function text(found: { value: ReadableStream<Uint8Array> } | undefined) {
  return found ? new Response(found.value).text() : undefined;
}

beforeAll(async () => {
  const port = await freePort();
  redis = spawn(REDIS, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
  const { sharedStore } = await import("./shared-store.mjs");
  // Ready once a write from this process lands.
  for (let i = 0; i < 50; i++) {
    const store = sharedStore();
    await store?.write("probe", "x", { ok: true }, 10);
    if ((await store?.read("probe", "x")) !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
});

afterAll(() => {
  redis?.kill("SIGKILL");
});

describe("cache handlers over Redis", () => {
  it("serve on one instance what another stored, only while the database holds its revision", async () => {
    const a = await instance<UseCacheHandler>("use-cache-handler.mjs");
    const b = await instance<UseCacheHandler>("use-cache-handler.mjs");
    expect(a).not.toBe(b);
    expect(await a.get("summary-1", [])).toBeUndefined();
    await a.set("summary-1", entry("61건"));
    expect(await text(await b.get("summary-1", []))).toBe("61건");
    await bumpAllPublications(db);
    expect(await b.get("summary-1", [])).toBeUndefined();
    expect(await a.get("summary-1", [])).toBeUndefined();
  });

  it("share tag expirations: a tag expired on one instance is a miss on the other", async () => {
    const a = await instance<UseCacheHandler>("use-cache-handler.mjs");
    const b = await instance<UseCacheHandler>("use-cache-handler.mjs");
    expect(await a.get("kpis-1", [])).toBeUndefined();
    await a.set("kpis-1", entry("36개", ["kpis"]));
    expect(await text(await b.get("kpis-1", []))).toBe("36개");
    await a.updateTags(["kpis"]);
    await b.refreshTags();
    expect(await b.getExpiration(["kpis"])).toBeGreaterThan(0);
    expect(await b.get("kpis-1", [])).toBeUndefined();
  });

  it("share prerendered pages and route responses of the same build, bytes intact", async () => {
    const a = await instance<new (ctx: object) => PageCache>("incremental-cache-handler.mjs");
    const b = await instance<new (ctx: object) => PageCache>("incremental-cache-handler.mjs");
    const ctx = { serverDistDir: "/nonexistent/server" };
    const pageA = new a(ctx);
    expect(await pageA.get("/api/v1/summary")).toBeNull();
    const body = Buffer.from('{"total":1270500000}');
    await pageA.set("/api/v1/summary", { kind: "APP_ROUTE", body, status: 200, headers: {} }, {});
    const found = await new b(ctx).get("/api/v1/summary");
    expect(Buffer.from(found!.value.body).toString()).toBe(body.toString());
    await bumpAllPublications(db);
    expect(await new b(ctx).get("/api/v1/summary")).toBeNull();
  });

  it("go on without Redis once it stops: checked local copies or a miss, never an error", async () => {
    const a = await instance<UseCacheHandler>("use-cache-handler.mjs");
    expect(await a.get("awards-1", [])).toBeUndefined();
    await a.set("awards-1", entry("1,270.5"));
    redis.kill("SIGKILL");
    await new Promise((resolve) => redis.once("exit", resolve));
    const b = await instance<UseCacheHandler>("use-cache-handler.mjs");
    expect(await b.get("awards-1", [])).toBeUndefined();
    await expect(b.set("awards-2", entry("62건"))).resolves.toBeUndefined();
    await expect(b.refreshTags()).resolves.toBeUndefined();
    expect(await text(await a.get("awards-1", []))).toBe("1,270.5");
    await bumpAllPublications(db);
    expect(await a.get("awards-1", [])).toBeUndefined();
  });
});
