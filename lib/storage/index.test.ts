import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { uploadStorage } from "./index";

const saved = process.env.UPLOAD_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.UPLOAD_DIR;
  else process.env.UPLOAD_DIR = saved;
});

describe("uploadStorage", () => {
  it("keeps files in UPLOAD_DIR, so instances pointed at one folder serve each other's uploads", async () => {
    const shared = fs.mkdtempSync(path.join(os.tmpdir(), "seonggwa-uploads-"));
    process.env.UPLOAD_DIR = shared;
    const key = await uploadStorage().put(new Uint8Array([1, 2, 3]), "png");
    expect(fs.readdirSync(shared)).toEqual([key]);
    // Another instance: a storage opened afresh from the same setting.
    expect(await uploadStorage().get(key)).toEqual(new Uint8Array([1, 2, 3]));
  });
});
