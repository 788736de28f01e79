/** Issue 15: uploaded files (evidence, the logo) are part of db:backup and db:restore. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { seededFile } from "@/test/helpers/children";
import { backupDatabase } from "@/scripts/db-backup";
import { restoreDatabase } from "@/scripts/db-restore";

const KEY = "0b7e7c1a-3f7b-4f39-9d0e-1a2b3c4d5e6f.pdf";
const PDF = "%PDF-1.7\n%%EOF\n";
let live: string;
let uploads: string;
const saved = process.env.UPLOAD_DIR;

beforeAll(async () => {
  live = await seededFile();
  uploads = fs.mkdtempSync(path.join(os.tmpdir(), "seonggwa-uploads-"));
  process.env.UPLOAD_DIR = uploads;
  fs.writeFileSync(path.join(uploads, KEY), PDF);
  const db = openDatabase(live);
  db.$client
    .prepare(
      `insert into evidence_files (storage_key, content_type, size, file_name, department_id, uploaded_by, award_id)
       values (?, 'application/pdf', ?, '공문.pdf', (select min(id) from departments), (select min(id) from users),
               (select min(id) from awards))`,
    )
    .run(KEY, PDF.length);
  db.$client.close();
});

afterAll(() => {
  process.env.UPLOAD_DIR = saved;
});

describe("uploads in backups", () => {
  it("a backup carries the files its rows name, and a restore puts them back", async () => {
    const backup = path.join(path.dirname(live), "with-uploads.db");
    const made = await backupDatabase(live, backup);
    expect(made.uploads).toBe(1);
    expect(fs.readFileSync(path.join(`${backup}.uploads`, KEY), "utf8")).toBe(PDF);

    // Lost: the file and the row.
    fs.rmSync(path.join(uploads, KEY));
    const db = openDatabase(live);
    db.$client.prepare("delete from evidence_files").run();

    const restored = await restoreDatabase(backup, live);
    expect(restored).toMatchObject({ uploads: 1, missingUploads: [] });
    expect(fs.readFileSync(path.join(uploads, KEY), "utf8")).toBe(PDF);
    expect(db.$client.prepare("select storage_key as k from evidence_files").all()).toEqual([{ k: KEY }]);
    db.$client.close();
  });
});
