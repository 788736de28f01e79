import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { vi } from "vitest";

// Each test file gets its own database file; the `db` module migrates it on first import.
process.env.DATABASE_URL = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "seonggwa-test-")), "test.db");

// Outside Next.js the cache APIs have no request to attach to; record calls instead.
vi.mock("next/cache", () => ({
  cacheTag: vi.fn(),
  cacheLife: vi.fn(),
  updateTag: vi.fn(),
  revalidateTag: vi.fn(),
  revalidatePath: vi.fn(),
  refresh: vi.fn(),
}));
