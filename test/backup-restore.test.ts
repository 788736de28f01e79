/**
 * Issue 6, data safety: `npm run db:backup` while the app writes, then `npm run db:restore` puts
 * back exactly what the backup holds, row by row, and an open connection (the running app) reads it.
 */
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { awards, submissions, users } from "@/db/schema";
import { snapshot } from "@/test/helpers/db-snapshot";
import { linesOf, runScript, seededFile, startScript } from "@/test/helpers/children";
import { defaultBackupPath, integrityProblems, timestamp } from "@/scripts/db-backup";

const BACKUP = "scripts/db-backup.ts";
const RESTORE = "scripts/db-restore.ts";
const WRITER = "scripts/test-children/crash-writer.ts";

let live: string;
let dir: string;
/** A connection held open the whole time, as the running app holds one. */
let app: Db;

beforeAll(async () => {
  live = await seededFile();
  dir = path.dirname(live);
  app = openDatabase(live);
});

afterAll(() => {
  app.$client.close();
});

async function readOnly(file: string) {
  const db = openDatabase(file);
  try {
    return await snapshot(db, {});
  } finally {
    db.$client.close();
  }
}

describe("db:backup and db:restore", () => {
  it("names backups by local time, so they sort by age", () => {
    expect(timestamp(new Date(2024, 0, 31, 9, 5, 7))).toBe("20240131-090507");
    expect(defaultBackupPath(new Date(2024, 0, 31, 9, 5, 7))).toBe(path.join("backups", "seonggwa-20240131-090507.db"));
  });

  it("round-trips: backup during writes, change everything, restore, every table equals the backup", async () => {
    const backup = path.join(dir, "during-writes.db");

    // A writer keeps publishing awards (with audit rows) through its own connection throughout.
    const writer = startScript(WRITER, [live]);
    const written = linesOf(writer);
    await written.atLeast(30);
    const result = await runScript(BACKUP, [backup], { DATABASE_URL: live });
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(result.stdout).toContain("integrity_check ok");
    const countAtBackupEnd = written.lines.length;
    await written.atLeast(countAtBackupEnd + 30);
    writer.kill("SIGKILL");

    expect(integrityProblems(backup)).toEqual([]);
    expect(fs.existsSync(`${backup}-wal`)).toBe(false);
    expect(fs.existsSync(`${backup}.partial`)).toBe(false);
    const saved = await readOnly(backup);
    // A consistent snapshot: it holds some of the writer's awards, each with its audit row, and
    // not the ones written after the backup finished.
    const copied = saved.awards.filter((a) => String(a.title).startsWith("연속 기록"));
    expect(copied.length).toBeGreaterThan(0);
    expect(copied.length).toBeLessThan(written.lines.length);
    const auditedIds = new Set(saved.audit_log.filter((l) => l.note === "crash-writer").map((l) => l.entity_id));
    expect(copied.every((a) => auditedIds.has(a.id))).toBe(true);
    expect(auditedIds.size).toBe(copied.length);

    // Change the live database in every way the app can: edits, deletes, new rows.
    await app.update(awards).set({ title: "복원 전에 바뀐 제목", version: 99 });
    await app.update(users).set({ active: false }).where(eq(users.username, "tax"));
    await app.insert(submissions).values({
      entityType: "award",
      action: "create",
      payload: {} as never,
      year: 2023,
      departmentId: 1,
      submittedBy: 1,
    });
    app.$client.exec(
      "delete from award_departments where award_id in (select id from awards where title = '복원 전에 바뀐 제목' limit 5)",
    );
    expect(await snapshot(app, {})).not.toEqual(saved);

    const restored = await runScript(RESTORE, [backup], { DATABASE_URL: live });
    expect(restored, restored.stderr).toMatchObject({ code: 0 });

    // The open connection sees the restored data, table by table and row by row.
    const now = await snapshot(app, {});
    expect(Object.keys(now)).toEqual(Object.keys(saved));
    for (const table of Object.keys(saved)) expect(now[table], table).toEqual(saved[table]);
    expect(app.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(integrityProblems(live)).toEqual([]);

    // What was live before the restore was kept beside the backup, in case the wrong file was chosen.
    const safety = fs.readdirSync(dir).filter((f) => f.startsWith("pre-restore-") && f.endsWith(".db"));
    expect(safety).toHaveLength(1);
    expect((await readOnly(path.join(dir, safety[0]))).awards.some((a) => a.title === "복원 전에 바뀐 제목")).toBe(
      true,
    );
    // The app keeps working on the restored data.
    await app.update(awards).set({ grade: "복원 후 수정" }).where(eq(awards.id, 1));
    expect((await app.select().from(awards).where(eq(awards.id, 1)))[0]!.grade).toBe("복원 후 수정");
  });

  it.each([
    [
      "a damaged file",
      (file: string) =>
        fs.writeFileSync(file, Buffer.concat([Buffer.from("SQLite format 3\0"), Buffer.alloc(4096, 7)])),
    ],
    [
      "a SQLite file of another app",
      (file: string) => {
        const other = openDatabase(file);
        other.$client.exec("create table notes (id integer primary key, body text)");
        other.$client.close();
      },
    ],
    ["a missing file", () => undefined],
  ])("refuses %s and leaves the live database as it was", async (_name, make) => {
    const bad = path.join(dir, `bad-${Math.random().toString(36).slice(2)}.db`);
    make(bad);
    const before = await snapshot(app, {});
    const result = await runScript(RESTORE, [bad], { DATABASE_URL: live });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/복원하지 않았습니다|백업 파일이 없습니다/);
    expect(await snapshot(app, {})).toEqual(before);
  });

  it("never overwrites an existing backup", async () => {
    const existing = path.join(dir, "existing.db");
    fs.writeFileSync(existing, "keep me");
    const result = await runScript(BACKUP, [existing], { DATABASE_URL: live });
    expect(result.code).toBe(1);
    expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
  });
});
