/**
 * Issue 6, data safety: a process killed in the middle of writing loses nothing it had committed
 * and leaves a sound database. This is what db/client.ts's pragmas promise (WAL with
 * synchronous=NORMAL survives a killed process; only a power cut may drop the last commits).
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { linesOf, seededFile, startScript } from "@/test/helpers/children";

const WRITER = "scripts/test-children/crash-writer.ts";

describe("SIGKILL in the middle of writes", () => {
  // Three kill points, so a lucky moment between transactions cannot carry the test.
  it.each([50, 200, 500])(
    "after %i acknowledged writes: integrity ok and every acknowledged write present",
    async (killAfter) => {
      const file = await seededFile();
      const child = startScript(WRITER, [file]);
      const output = linesOf(child);
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on("exit", (_code, signal) => resolve(signal)),
      );

      await output.atLeast(killAfter);
      child.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");
      const acknowledged = output.lines.map(Number);
      expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);
      // The kill was abrupt: the write-ahead log was never checkpointed away by a clean close.
      expect(fs.existsSync(`${file}-wal`)).toBe(true);

      const db = openDatabase(file);
      try {
        expect(db.$client.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }]);
        expect(db.$client.pragma("foreign_key_check")).toEqual([]);
        const placeholders = acknowledged.map(() => "?").join(",");
        const awards = db.$client
          .prepare(`select id from awards where id in (${placeholders})`)
          .all(...acknowledged) as { id: number }[];
        expect(awards.map((r) => r.id).sort((a, b) => a - b)).toEqual([...acknowledged].sort((a, b) => a - b));
        // Each award and its audit row were one transaction: neither survives without the other.
        const orphans = db.$client
          .prepare(
            "select count(*) as n from awards a where a.title like '연속 기록 %' and not exists (select 1 from audit_log l where l.entity_type = 'award' and l.entity_id = a.id)",
          )
          .get() as { n: number };
        expect(orphans.n).toBe(0);
        const audited = db.$client.prepare("select count(*) as n from audit_log where note = 'crash-writer'").get() as {
          n: number;
        };
        const written = db.$client.prepare("select count(*) as n from awards where title like '연속 기록 %'").get() as {
          n: number;
        };
        expect(audited.n).toBe(written.n);
      } finally {
        db.$client.close();
      }
    },
    // A child process writing 500 transactions beside the other test worker on 2 cores: correctness, not speed.
    120_000,
  );
});
