import "server-only";
import { authorize, can } from "@/lib/auth/can";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { years } from "@/db/schema";
import type { WriteContext, Written } from "./write-context";
import type { StaffViewer, Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { FieldError, ForbiddenError } from "@/lib/errors";
import { checkAward } from "@/lib/review/award-checks";
import { duplicateFlag, normaliseTitle, type CheckFlag, type RegistryName } from "@/lib/review/checks";
import { readImportFile, type ImportFile, type RawRow } from "@/lib/review/import-file";
import { validateImportRow, type RowIssue } from "@/lib/review/import-rows";
import type { ImportColumn } from "@/lib/validations/import";
import { recordAudit } from "./audit-writer";
import {
  assertAwardYearEditable,
  assertRegistered,
  awardSnapshot,
  awardYearRefusal,
  insertAward,
  type AwardContent,
} from "./award-records";
import { proposeAwardFromImport } from "./proposals";
import { loadCheckContext, loadNameRegistry } from "./review-checks";

/**
 * Bulk import of awards from a file laid out like the export. A dry run reports every row; a
 * confirm reads the file again, re-validates every row and writes only if all are valid, through
 * the same rules as the award form: a planner's rows are published in one transaction with one
 * audit row each, an officer's become one pending submission each.
 */

export type ImportRowView = {
  row: number;
  cells: Record<ImportColumn, string>;
  valid: boolean;
  errors: RowIssue[];
  flags: CheckFlag[];
};

export type ImportReport = {
  fileName: string;
  /** What confirming does for this viewer: publish at once (planners) or submit for review. */
  mode: "publish" | "submit";
  total: number;
  valid: number;
  rows: ImportRowView[];
};

/** Called after each chunk of rows, so a caller can report progress (and let a stream flush). */
export type ImportProgress = (done: number, total: number) => void | Promise<void>;

export type ConfirmResult =
  | { ok: true; outcome: Written & { kind: "published" | "submitted"; count: number }; report: ImportReport }
  | { ok: false; report: ImportReport };

const CHUNK = 500;

function ownDepartment(viewer: StaffViewer, departments: RegistryName[]): RegistryName | null {
  if (can(viewer, "records.all")) return null;
  const own = departments.find((d) => d.id === viewer.departmentId);
  if (!own) throw new ForbiddenError("소속 부서가 없는 계정은 일괄 등록을 할 수 없습니다.");
  return own;
}

/** The file's rows, or a FieldError saying why the file as a whole cannot be used (format, columns, size). */
async function readRows(file: ImportFile): Promise<RawRow[]> {
  const read = await readImportFile(file);
  if (!read.ok) throw new FieldError({ file: [read.message] }, read.message);
  return read.rows;
}

function staffOnly(viewer: Viewer): asserts viewer is StaffViewer {
  authorize(viewer, "import.run");
}

type Validated = { report: ImportReport; contents: { row: number; content: AwardContent }[] };

async function validateFile(viewer: StaffViewer, file: ImportFile, onProgress?: ImportProgress): Promise<Validated> {
  const rows = await readRows(file);
  const registry = loadNameRegistry(viewer);
  const own = ownDepartment(viewer, registry.departments);
  const refusals = new Map<number, string | null>();
  const yearRefusal = (year: number) => {
    if (!refusals.has(year)) refusals.set(year, awardYearRefusal(db, year));
    return refusals.get(year)!;
  };
  const context = loadCheckContext(viewer);
  const firstInFile = new Map<string, number>();

  const views: ImportRowView[] = [];
  const contents: Validated["contents"] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    for (const raw of rows.slice(start, start + CHUNK)) {
      const result = validateImportRow(raw, registry, own);
      const content = result.content;
      const refusal = content ? yearRefusal(content.year) : null;
      if (refusal) result.errors.push({ row: raw.row, column: "연도", message: refusal });
      if (content) {
        result.flags.push(
          ...checkAward(context, {
            year: content.year,
            agencyId: content.agencyId,
            title: content.title,
            incentiveWon: content.incentive,
          }),
        );
        // Within the file, equality after normalisation: linear in rows, where near-matches would be quadratic.
        const key = `${content.year}:${content.agencyId}:${normaliseTitle(content.title)}`;
        const earlier = firstInFile.get(key);
        if (earlier === undefined) firstInFile.set(key, raw.row);
        else
          result.flags.push(
            duplicateFlag(
              { agency: context.agencyNames.get(content.agencyId) ?? "", year: content.year },
              { title: content.title, where: `이 파일의 ${earlier}행` },
            ),
          );
      }
      const valid = content !== null && result.errors.length === 0;
      if (valid) contents.push({ row: raw.row, content });
      views.push({ row: raw.row, cells: raw.cells, valid, errors: result.errors, flags: result.flags });
    }
    await onProgress?.(Math.min(start + CHUNK, rows.length), rows.length);
  }
  return {
    report: {
      fileName: file.name,
      mode: can(viewer, "records.publish") ? "publish" : "submit",
      total: rows.length,
      valid: contents.length,
      rows: views,
    },
    contents,
  };
}

/** Reads and checks the file row by row; writes nothing. */
export async function dryRunImport(
  viewer: Viewer,
  file: ImportFile,
  onProgress?: ImportProgress,
): Promise<ImportReport> {
  staffOnly(viewer);
  return (await validateFile(viewer, file, onProgress)).report;
}

/** A rule that failed inside the transaction (a year closed meanwhile), told with its row. */
function atRow(row: number, error: unknown): unknown {
  if (!(error instanceof FieldError)) return error;
  const message = Object.values(error.fieldErrors).flat()[0] ?? error.message;
  return new FieldError(error.fieldErrors, `${row}행: ${message} 아무것도 등록하지 않았습니다.`);
}

/**
 * Writes the file's rows if every one is valid, all in one transaction: any failure leaves the
 * database as it was. Never trusts an earlier dry run: the file is read and checked again here.
 */
export async function confirmImport(
  viewer: Viewer,
  file: ImportFile,
  ctx: WriteContext,
  onProgress?: ImportProgress,
): Promise<ConfirmResult> {
  staffOnly(viewer);
  const { report, contents } = await validateFile(viewer, file, onProgress);
  if (contents.length !== report.total) return { ok: false, report };

  const publish = can(viewer, "records.publish");
  db.transaction((tx) => {
    for (const { row, content } of contents) {
      const note = `일괄 등록: ${file.name} ${row}행`;
      try {
        assertAwardYearEditable(tx, content.year);
        assertRegistered(tx, content);
      } catch (error) {
        throw atRow(row, error);
      }
      if (publish) {
        const id = insertAward(tx, content, viewer.userId);
        recordAudit(tx, {
          actor: viewer,
          action: "award.create",
          entityType: "award",
          entityId: id,
          departmentId: content.departmentIds[0],
          after: awardSnapshot(tx, id),
          note,
          ip: ctx.ip,
        });
      } else {
        proposeAwardFromImport(tx, viewer, { content, note }, ctx);
      }
    }
  });
  const count = contents.length;
  const outcome = publish
    ? { kind: "published" as const, count, tags: [CACHE_TAGS.awards] }
    : { kind: "submitted" as const, count, tags: [] };
  return { ok: true, outcome, report };
}
