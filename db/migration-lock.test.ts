import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { finished, startScript } from "@/test/helpers/children";
import { MIGRATIONS_FOLDER } from "./client";

const ROUNDS = 12;

describe("instances starting together", () => {
  it("apply each migration once and all start", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seonggwa-migrate-"));
    const at = String(Date.now() + 5000);
    const children = Array.from({ length: 3 }, () =>
      startScript("scripts/test-children/migrate-at.ts", [dir, at, String(ROUNDS)]),
    );
    const results = await Promise.all(children.map(finished));
    for (const r of results)
      expect({ code: r.code, out: r.stdout.match(/round \d+: (?!migrated).*/g) }).toEqual({ code: 0, out: null });
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"));
    for (let round = 0; round < ROUNDS; round++) {
      const db = new Database(path.join(dir, `round-${round}.db`), { readonly: true });
      expect(db.prepare("select hash from __drizzle_migrations").all()).toHaveLength(journal.entries.length);
      db.close();
    }
    // Three tsx children and twelve rounds: minutes on a loaded 2-core machine, and only correctness counts.
  }, 180_000);
});
