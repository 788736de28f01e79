/**
 * Issue 6, data safety: of many saves of one award made at the same moment with the same version,
 * exactly one applies (with exactly one audit row) and every other is refused as a conflict, never
 * a crash. better-sqlite3 is synchronous, so within one process saves cannot overlap; the contention
 * here is real: 50 threads, each with its own connection to the same file, released together.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { auditLog, awards } from "@/db/schema";
import type { SaveOutcome } from "@/scripts/test-children/concurrent-save";
import { runScript, seededFile } from "@/test/helpers/children";
import { departmentId, insertAward } from "@/test/helpers/records";

const SAVERS = 50;

describe("50 simultaneous saves of one award", () => {
  // 50 threads each start tsx and open two connections (reads, and the async runner's writer): on a
  // loaded 2-core machine that alone has taken close to three minutes.
  it("apply exactly once; the other 49 are refused with ConflictError", { timeout: 420_000 }, async () => {
    const file = await seededFile();
    const setup = openDatabase(file);
    const award = insertAward(setup, { departmentIds: [departmentId(setup, "주민복지과")] });
    setup.$client.close();

    const result = await runScript(
      "scripts/test-children/concurrent-save.ts",
      [String(award.id), String(award.version), String(SAVERS)],
      { DATABASE_URL: file },
    );
    expect(result, result.stderr).toMatchObject({ code: 0 });
    const outcomes = JSON.parse(result.stdout) as SaveOutcome[];
    expect(outcomes).toHaveLength(SAVERS);

    const errors = outcomes.filter((o) => o.outcome === "error").map((o) => o.error);
    expect(errors, "saves that failed with something other than a conflict").toEqual([]);
    const applied = outcomes.filter((o) => o.outcome === "applied");
    expect(applied).toHaveLength(1);
    expect(outcomes.filter((o) => o.outcome === "conflict")).toHaveLength(SAVERS - 1);

    const db = openDatabase(file);
    try {
      // The stored award is the winner's, one version on, with one audit row saying so.
      expect(db.select().from(awards).where(eq(awards.id, award.id)).get()).toMatchObject({
        title: applied[0].title,
        version: award.version + 1,
      });
      const audit = db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, "award"), eq(auditLog.entityId, award.id)))
        .all();
      expect(audit).toHaveLength(1);
      expect(audit[0].action).toBe("award.update");
      expect(JSON.parse(audit[0].after!).title).toBe(applied[0].title);
      expect(db.$client.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }]);
    } finally {
      db.$client.close();
    }
  });
});
