import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { databaseUrl, isPostgres } from "@/db/path";
import { createSemaphore } from "./semaphore";

/**
 * Downloads built once per published state: the first request for a (revision, export) streams
 * the export into a file, later ones are sent that file. A publish changes the revision, so the
 * next request builds afresh and the older files are removed. Files, not memory: an export of
 * 100,000 awards is several MB, and building it streams in chunks. At most BUILDERS exports are
 * built at once; another request that needs a build is told to come back (see `busy`).
 */

const BUILDERS = 2;
const builders = createSemaphore(BUILDERS);
const building = new Map<string, Promise<CachedFile>>();

export type CachedFile = { file: string; size: number };

/** One folder per database, so test databases and the app never share files. */
function folder(): string {
  const db = createHash("sha256")
    .update(isPostgres() ? databaseUrl() : path.resolve(databaseUrl().replace(/^file:/, "")))
    .digest("hex")
    .slice(0, 16);
  return path.join(os.tmpdir(), `seonggwa-exports-${db}`);
}

const fileName = (revision: string, key: string) =>
  `${createHash("sha256").update(key).digest("hex").slice(0, 32)}.${createHash("sha256").update(revision).digest("hex").slice(0, 16)}`;

async function write(target: string, chunks: AsyncIterable<Uint8Array | string>): Promise<number> {
  const temp = `${target}.${randomUUID()}.tmp`;
  const out = fs.createWriteStream(temp);
  let size = 0;
  try {
    for await (const chunk of chunks) {
      size += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
      if (!out.write(chunk)) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
    await fs.promises.rename(temp, target);
    return size;
  } catch (error) {
    out.destroy();
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
}

/** Files of other revisions are of no further use; one being sent stays readable until closed. */
async function removeOthers(dir: string, revisionTag: string): Promise<void> {
  for (const name of await fs.promises.readdir(dir).catch(() => [] as string[]))
    if (!name.endsWith(`.${revisionTag}`) && !name.endsWith(".tmp"))
      await fs.promises.rm(path.join(dir, name), { force: true });
}

/**
 * The export for `key` at `revision`, built by `build` if no file exists yet. "busy" when every
 * builder is taken by other exports.
 */
export async function cachedExport(
  revision: string,
  key: string,
  build: () => AsyncIterable<Uint8Array | string>,
): Promise<CachedFile | "busy"> {
  const dir = folder();
  const name = fileName(revision, key);
  const file = path.join(dir, name);
  const existing = await fs.promises.stat(file).catch(() => null);
  if (existing) return { file, size: existing.size };
  const pending = building.get(name);
  if (pending !== undefined) return pending;
  const release = builders.tryAcquire();
  if (!release) return "busy";
  const job = (async () => {
    try {
      await fs.promises.mkdir(dir, { recursive: true });
      const size = await write(file, build());
      await removeOthers(dir, name.split(".")[1]);
      return { file, size };
    } finally {
      release();
      building.delete(name);
    }
  })();
  building.set(name, job);
  return job;
}

/** The file's bytes as a response body; opened now, so a later removal does not cut it short. */
export async function fileBody(file: string): Promise<ReadableStream<Uint8Array>> {
  const handle = await fs.promises.open(file);
  return Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
}
