/**
 * db:backup and db:restore on PostgreSQL (scripts/pg-backup.ts), in the PostgreSQL suite: a backup
 * taken while the app's pool is open restores every row, keeps a copy of what it replaced, and a
 * file that is not this app's dump is refused with nothing changed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { isPostgres } from "@/db/path";
import { awards } from "@/db/schema";
import { backupPostgres, restorePostgres } from "@/scripts/pg-backup";
import { seededDb } from "@/test/db";
import { snapshot } from "@/test/helpers/db-snapshot";

describe.runIf(isPostgres())("db:backup and db:restore on PostgreSQL", () => {
  // Three pg_dump/pg_restore runs: on a loaded 2-core machine they have taken over 30 s.
  it("restores the backed-up rows in one transaction, after keeping a copy of the current ones", {
    timeout: 120_000,
  }, async () => {
    const db = await seededDb();
    const url = process.env.DATABASE_URL!;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-backup-"));
    const backup = path.join(dir, "one.dump");
    const saved = await snapshot(db, {});
    const { bytes } = await backupPostgres(url, backup);
    expect(bytes).toBeGreaterThan(1000);
    await expect(backupPostgres(url, backup)).rejects.toThrow("덮어쓰지 않습니다");

    const [first] = await db.select().from(awards).limit(1);
    await db.update(awards).set({ title: "복원 전에 바뀐 제목" }).where(eq(awards.id, first.id));
    expect(await snapshot(db, {})).not.toEqual(saved);

    const { safetyCopy } = await restorePostgres(backup, url);
    expect(await snapshot(db, {})).toEqual(saved);
    expect(fs.existsSync(safetyCopy)).toBe(true);

    const stray = path.join(dir, "stray.dump");
    fs.writeFileSync(stray, "not a dump");
    await expect(restorePostgres(stray, url)).rejects.toThrow("복원하지 않았습니다");
    expect(await snapshot(db, {})).toEqual(saved);
  });
});
