import "server-only";
import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { db, transaction } from "@/db";
import { awards, importBatches, importBatchRows } from "@/db/schema";
import { authorize, can } from "@/lib/auth/can";
import type { StaffViewer, Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { FieldError, ForbiddenError } from "@/lib/errors";
import { wonToMillionWonDecimal } from "@/lib/money";
import { checkAward } from "@/lib/review/award-checks";
import {
  duplicateFlag,
  normaliseTitle,
  type CheckFlag,
  type NameRegistry,
  type RegistryName,
} from "@/lib/review/checks";
import type { ImportFile, RawRow } from "@/lib/review/import-file";
import { validateImportRow, type RowIssue } from "@/lib/review/import-rows";
import { readImportFileOffThread } from "@/lib/review/read-off-thread";
import { DEPARTMENT_SEPARATOR, type ImportColumn } from "@/lib/validations/import";
import { fourEyes } from "./four-eyes";
import { recordAudit } from "./audit-writer";
import {
  assertAwardYearEditable,
  assertRegistered,
  awardSnapshot,
  awardYearRefusal,
  insertAward,
  updateAward,
  type AwardContent,
  type AwardSnapshot,
} from "./award-records";
import { proposeImportRows } from "./import-proposals";
import { loadCheckContext, loadNameRegistry } from "./review-checks";
import { NO_TAGS, type WriteContext, type Written } from "./write-context";
import { withParticle } from "@/lib/korean";

/**
 * Bulk import of awards from a file laid out like the export. A row with an ID names a published
 * award: it updates that award if its content differs (and the file's 버전 is the award's current
 * one), and changes nothing if it is the same; a row without an ID adds an award. So a re-imported
 * export changes exactly what was edited in it. A dry run reports every row; a confirm reads the
 * file again, re-validates every row and writes only if all are valid, through the same rules as
 * the award form: a planner's rows are published in one transaction as one batch (which can be
 * undone as a whole, lib/data/import-batches.ts), an officer's become proposals.
 */

/** 추가 (no ID), 변경 (an ID whose content differs), 변경 없음 (an ID whose content is the same). */
export type ImportRowKind = "add" | "update" | "same";

export type ImportRowView = {
  row: number;
  cells: Record<ImportColumn, string>;
  valid: boolean;
  /** What confirming does with the row; null for an invalid row. */
  kind: ImportRowKind | null;
  /** For 변경: the award as published now, in the file's terms, to show before and after. */
  before: Record<ImportColumn, string> | null;
  errors: RowIssue[];
  flags: CheckFlag[];
};

/** A year's public totals now and once the import is published. */
export type TotalsEffect = {
  year: number;
  before: { awardCount: number; incentiveTotalWon: number };
  after: { awardCount: number; incentiveTotalWon: number };
};

export type ImportReport = {
  fileName: string;
  /** What confirming does for this viewer: publish at once (planners) or submit for review. */
  mode: "publish" | "submit";
  total: number;
  valid: number;
  counts: { add: number; update: number; same: number; invalid: number };
  /** The years whose public totals the import changes; empty if it changes none. */
  effect: TotalsEffect[];
  rows: ImportRowView[];
};

/** Called after each chunk of rows, so a caller can report progress (and let a stream flush). */
export type ImportProgress = (done: number, total: number) => void | Promise<void>;

export type ConfirmResult =
  | {
      ok: true;
      outcome: Written & {
        kind: "published" | "submitted" | "unchanged";
        added: number;
        updated: number;
        batchId?: number;
      };
      report: ImportReport;
    }
  | { ok: false; report: ImportReport };

/** A valid row and what it does: add `content`, or update award `current` to it. */
export type ImportChange =
  | { kind: "add"; row: number; content: AwardContent }
  | { kind: "update"; row: number; content: AwardContent; current: AwardSnapshot };

const CHUNK = 500;

function ownDepartment(viewer: StaffViewer, departments: RegistryName[]): RegistryName | null {
  if (can(viewer, "records.all")) return null;
  const own = departments.find((d) => d.id === viewer.departmentId);
  if (!own) throw new ForbiddenError("소속 부서가 없는 계정은 일괄 등록을 할 수 없습니다.");
  return own;
}

/** The file's rows, or a FieldError saying why the file as a whole cannot be used (format, columns, size). */
async function readRows(file: ImportFile): Promise<RawRow[]> {
  const read = await readImportFileOffThread(file);
  if (!read.ok) throw new FieldError({ file: [read.message] }, read.message);
  return read.rows;
}

function staffOnly(viewer: Viewer): asserts viewer is StaffViewer {
  authorize(viewer, "import.run");
}

const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && [...a].sort((x, y) => x - y).every((id, i) => id === [...b].sort((x, y) => x - y)[i]);

function sameContent(content: AwardContent, current: AwardSnapshot): boolean {
  return (
    content.year === current.year &&
    content.title === current.title &&
    content.agencyId === current.agencyId &&
    (content.grade ?? null) === current.grade &&
    (content.incentive ?? null) === current.incentiveWon &&
    sameIds(content.departmentIds, current.departmentIds) &&
    // Undefined: the file has no such column, which changes nothing.
    (content.awardedOn === undefined || content.awardedOn === current.awardedOn) &&
    (content.remarks === undefined || content.remarks === current.remarks)
  );
}

/** The file's content with what its missing columns leave as the award has it. */
function keepAbsent(content: AwardContent, current: AwardSnapshot): AwardContent {
  return {
    ...content,
    awardedOn: content.awardedOn === undefined ? current.awardedOn : content.awardedOn,
    remarks: content.remarks === undefined ? current.remarks : content.remarks,
  };
}

/** A published award as the export writes it, so the dry run can show it beside the file's row. */
function cellsOf(award: AwardSnapshot, registry: NameRegistry, agencyNames: ReadonlyMap<number, string>) {
  const departmentName = new Map(registry.departments.map((d) => [d.id, d.name]));
  return {
    연도: String(award.year),
    수상명: award.title,
    주관기관: agencyNames.get(award.agencyId) ?? "",
    등급: award.grade ?? "",
    "인센티브(백만원)": award.incentiveWon === null ? "" : wonToMillionWonDecimal(award.incentiveWon),
    담당부서: award.departmentIds.map((id) => departmentName.get(id) ?? String(id)).join(`${DEPARTMENT_SEPARATOR} `),
    수상일: award.awardedOn ?? "",
    비고: award.remarks ?? "",
  } satisfies Record<ImportColumn, string>;
}

/** Public totals of the given years now, and after the changes. */
async function totalsEffect(changes: ImportChange[]): Promise<TotalsEffect[]> {
  const delta = new Map<number, { count: number; won: number }>();
  const add = (year: number, n: number, won: number | null) => {
    const d = delta.get(year) ?? { count: 0, won: 0 };
    d.count += n;
    d.won += n * (won ?? 0);
    delta.set(year, d);
  };
  for (const c of changes) {
    if (c.kind === "update") add(c.current.year, -1, c.current.incentiveWon);
    add(c.content.year, 1, c.content.incentive ?? null);
  }
  const years = [...delta.entries()].filter(([, d]) => d.count !== 0 || d.won !== 0).map(([y]) => y);
  if (years.length === 0) return [];
  const totals = await db
    .select({ year: awards.year, n: count(), won: sql<number>`coalesce(sum(${awards.incentiveWon}), 0)` })
    .from(awards)
    .where(and(isNull(awards.deletedAt), inArray(awards.year, years)))
    .groupBy(awards.year);
  const now = new Map(totals.map((r) => [r.year, r]));
  return years
    .sort((a, b) => a - b)
    .map((year) => {
      const before = { awardCount: now.get(year)?.n ?? 0, incentiveTotalWon: Number(now.get(year)?.won ?? 0) };
      const d = delta.get(year)!;
      return {
        year,
        before,
        after: { awardCount: before.awardCount + d.count, incentiveTotalWon: before.incentiveTotalWon + d.won },
      };
    });
}

type Validated = { report: ImportReport; changes: ImportChange[] };

async function validateFile(viewer: StaffViewer, file: ImportFile, onProgress?: ImportProgress): Promise<Validated> {
  const rows = await readRows(file);
  const registry = await loadNameRegistry(viewer);
  const own = ownDepartment(viewer, registry.departments);
  const refusals = new Map<number, string | null>();
  const yearRefusal = async (year: number) => {
    if (!refusals.has(year)) refusals.set(year, await awardYearRefusal(db, year));
    return refusals.get(year)!;
  };
  const context = await loadCheckContext(viewer);
  const firstInFile = new Map<string, number>();
  const idsInFile = new Map<number, number>();

  const views: ImportRowView[] = [];
  const changes: ImportChange[] = [];
  const counts = { add: 0, update: 0, same: 0, invalid: 0 };
  for (let start = 0; start < rows.length; start += CHUNK) {
    for (const raw of rows.slice(start, start + CHUNK)) {
      const result = validateImportRow(raw, registry, own);
      const issue = (column: RowIssue["column"], message: string) =>
        result.errors.push({ row: raw.row, column, message });
      const content = result.content;
      let kind: ImportRowKind = "add";
      let current: AwardSnapshot | null = null;

      if (raw.id) {
        const id = /^\d{1,9}$/.test(raw.id) ? Number(raw.id) : null;
        current = id === null ? null : await awardSnapshot(db, id);
        if (id !== null && idsInFile.has(id))
          issue("ID", `ID ${withParticle(String(id), "은/는")} 이 파일의 ${idsInFile.get(id)}행에도 있습니다.`);
        else if (!current || current.deleted)
          issue(
            "ID",
            `ID 「${raw.id}」인 수상 실적이 없습니다(삭제되었거나 다른 자료의 ID입니다). 새로 추가하려면 ID를 비워 두세요.`,
          );
        if (id !== null) idsInFile.set(id, idsInFile.get(id) ?? raw.row);
      }
      if (current && !current.deleted && content && result.errors.length === 0) {
        if (sameContent(content, current)) kind = "same";
        else {
          kind = "update";
          if (raw.version !== String(current.version))
            issue(
              "버전",
              raw.version
                ? `내려받은 뒤 이 수상 실적이 바뀌었습니다(파일의 버전 ${raw.version}, 지금 ${current.version}). ` +
                    "새로 내려받아 다시 고쳐 주세요."
                : "ID가 있는 행은 내려받은 파일의 버전 열이 있어야 고칠 수 있습니다.",
            );
          const refusal = await yearRefusal(current.year);
          if (refusal) issue("연도", refusal);
          if (own && !current.departmentIds.includes(own.id))
            issue("담당부서", `자기 부서(${own.name})가 담당부서인 수상 실적만 고칠 수 있습니다.`);
        }
      }
      const refusal = content && kind !== "same" ? await yearRefusal(content.year) : null;
      if (refusal) issue("연도", refusal);
      if (content && kind !== "same") {
        result.flags.push(
          ...checkAward(context, {
            year: content.year,
            agencyId: content.agencyId,
            title: content.title,
            incentiveWon: content.incentive,
            awardId: current?.id ?? null,
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
      if (valid) {
        counts[kind]++;
        if (kind === "add") changes.push({ kind, row: raw.row, content });
        else if (kind === "update")
          changes.push({ kind, row: raw.row, content: keepAbsent(content, current!), current: current! });
      } else counts.invalid++;
      views.push({
        row: raw.row,
        cells: raw.cells,
        valid,
        kind: valid ? kind : null,
        before: valid && kind === "update" ? cellsOf(current!, registry, context.agencyNames) : null,
        errors: result.errors,
        flags: result.flags,
      });
    }
    await onProgress?.(Math.min(start + CHUNK, rows.length), rows.length);
  }
  return {
    report: {
      fileName: file.name,
      mode: can(viewer, "records.publish", await fourEyes(db)) ? "publish" : "submit",
      total: rows.length,
      valid: rows.length - counts.invalid,
      counts,
      effect: await totalsEffect(changes),
      rows: views,
    },
    changes,
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
export function atRow(row: number, error: unknown): unknown {
  if (!(error instanceof FieldError)) return error;
  const message = Object.values(error.fieldErrors).flat()[0] ?? error.message;
  return new FieldError(error.fieldErrors, `${row}행: ${message} 아무것도 등록하지 않았습니다.`);
}

const CHANGED_MEANWHILE = "검사한 뒤 이 수상 실적이 바뀌었습니다. 파일을 다시 올려 검사해 주세요.";

/** A planner's import: every change published in one transaction, recorded as one batch. */
async function publishChanges(
  viewer: StaffViewer,
  fileName: string,
  changes: ImportChange[],
  ctx: WriteContext,
): Promise<number> {
  return await transaction(async (tx) => {
    const added = changes.filter((c) => c.kind === "add").length;
    const [batch] = await tx
      .insert(importBatches)
      .values({ fileName, createdBy: viewer.userId, addedCount: added, updatedCount: changes.length - added })
      .returning({ id: importBatches.id });
    for (const change of changes) {
      const note = `일괄 등록 ${batch.id}번: ${fileName} ${change.row}행`;
      const { content } = change;
      try {
        if (change.kind === "update") await assertAwardYearEditable(tx, change.current.year);
        await assertAwardYearEditable(tx, content.year);
        await assertRegistered(tx, content, change.kind === "update" ? change.current.id : undefined);
      } catch (error) {
        throw atRow(change.row, error);
      }
      let id: number;
      let before: AwardSnapshot | null = null;
      if (change.kind === "add") id = await insertAward(tx, content, viewer.userId);
      else {
        id = change.current.id;
        before = change.current;
        if (!(await updateAward(tx, id, change.current.version, content, viewer.userId)))
          throw new FieldError({ file: [CHANGED_MEANWHILE] }, `${change.row}행: ${CHANGED_MEANWHILE}`);
      }
      const after = (await awardSnapshot(tx, id))!;
      await tx.insert(importBatchRows).values({
        batchId: batch.id,
        awardId: id,
        kind: change.kind,
        before: before ? JSON.stringify(contentOf(before)) : null,
        versionAfter: after.version,
      });
      await recordAudit(tx, {
        actor: viewer,
        action: change.kind === "add" ? "award.create" : "award.update",
        entityType: "award",
        entityId: id,
        departmentId: content.departmentIds[0],
        before,
        after,
        note,
        ip: ctx.ip,
      });
    }
    await recordAudit(tx, {
      actor: viewer,
      action: "import.publish",
      entityType: "import",
      entityId: batch.id,
      after: { fileName, added, updated: changes.length - added },
      note: fileName,
      ip: ctx.ip,
    });
    return batch.id;
  });
}

/** The content an award had, in the shape updateAward takes: what undoing an update restores. */
export function contentOf(award: AwardSnapshot): AwardContent {
  return {
    year: award.year,
    title: award.title,
    agencyId: award.agencyId,
    grade: award.grade,
    incentive: award.incentiveWon,
    departmentIds: award.departmentIds,
    awardedOn: award.awardedOn,
    remarks: award.remarks,
  };
}

/**
 * Writes the file's changes if every row is valid, all in one transaction: any failure leaves the
 * database as it was. Never trusts an earlier dry run: the file is read and checked again here.
 */
export async function confirmImport(
  viewer: Viewer,
  file: ImportFile,
  ctx: WriteContext,
  onProgress?: ImportProgress,
): Promise<ConfirmResult> {
  staffOnly(viewer);
  const { report, changes } = await validateFile(viewer, file, onProgress);
  if (report.valid !== report.total) return { ok: false, report };
  if (changes.length === 0)
    return { ok: true, outcome: { kind: "unchanged", added: 0, updated: 0, tags: NO_TAGS }, report };

  const { add, update } = report.counts;
  // Under the four-eyes rule a planner's file is proposed row by row, as an officer's is.
  if (!can(viewer, "records.publish", await fourEyes(db))) {
    await proposeImportRows(viewer, file.name, changes, ctx);
    return { ok: true, outcome: { kind: "submitted", added: add, updated: update, tags: NO_TAGS }, report };
  }
  const batchId = await publishChanges(viewer, file.name, changes, ctx);
  return {
    ok: true,
    outcome: { kind: "published", added: add, updated: update, batchId, tags: [CACHE_TAGS.awards] },
    report,
  };
}
