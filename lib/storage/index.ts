import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/** Where uploaded files (the organisation's logo) live; a bucket could implement the same three calls. */
export interface FileStorage {
  put(bytes: Uint8Array, extension: string): Promise<string>;
  get(key: string): Promise<Uint8Array | null>;
  remove(key: string): Promise<void>;
}

// Keys are generated here, never taken from a request, and checked again on read so no key can
// reach outside the folder.
const KEY = /^[0-9a-f-]{36}\.[a-z]{3,4}$/;

/** Files in a folder of their own, outside public/: nothing is served without the route that reads it. */
export function folderStorage(folder: string): FileStorage {
  return {
    async put(bytes, extension) {
      await fs.mkdir(folder, { recursive: true });
      const key = `${randomUUID()}.${extension}`;
      // Written beside and renamed, so a reader never sees half a file.
      const file = path.join(folder, key);
      await fs.writeFile(`${file}.tmp`, bytes);
      await fs.rename(`${file}.tmp`, file);
      return key;
    },
    async get(key) {
      if (!KEY.test(key)) return null;
      try {
        return new Uint8Array(await fs.readFile(path.join(folder, key)));
      } catch {
        return null;
      }
    },
    async remove(key) {
      if (KEY.test(key)) await fs.rm(path.join(folder, key), { force: true });
    },
  };
}

/** The uploads folder: UPLOAD_DIR (default data/uploads), one folder shared by every instance. */
export function uploadStorage(): FileStorage {
  return folderStorage(path.resolve(env().UPLOAD_DIR));
}
