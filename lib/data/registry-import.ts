import "server-only";
import { eq } from "drizzle-orm";
import { db, transaction, type Executor } from "@/db";
import { agencies, AGENCY_KINDS, departments, type AgencyKind } from "@/db/schema";
import { REGISTRY_KEY, takeTurns } from "@/db/raw";
import { authorize } from "@/lib/auth/can";
import type { Viewer } from "@/lib/auth/viewer";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { agencyKindLabels } from "@/lib/organisation";
import type { ImportFile } from "@/lib/review/import-file";
import { readRegistryListFile, type RegistryListColumn, type RegistryListRow } from "@/lib/review/registry-list-file";
import { registryName } from "@/lib/validations/registry";
import { recordAudit } from "./audit-writer";
import { readOrganisation } from "./organisation";
import { compactName, insertRegistryEntry, type RegistryKind } from "./registry-entries";
import { NO_TAGS, type WriteContext, type Written } from "./write-context";

/**
 * Department and body lists from a spreadsheet, with the award import's dry run: every row is
 * 추가 (a name not registered), 변경 (a registered name whose kind or use differs), 변경 없음, or
 * 오류 with its reason; confirming reads the file again and writes only if every row is valid, in
 * one transaction with one audit row.
 */

export type RegistryRowKind = "add" | "update" | "same";

export type RegistryRowView = {
  row: number;
  cells: Record<RegistryListColumn, string>;
  kind: RegistryRowKind | null;
  errors: { column: RegistryListColumn; message: string }[];
};

export type RegistryImportReport = {
  fileName: string;
  counts: Record<RegistryRowKind | "invalid", number>;
  rows: RegistryRowView[];
};

export type RegistryImportResult =
  | { ok: true; report: RegistryImportReport; outcome: Written & { kind: "imported" | "unchanged" } }
  | { ok: false; report: RegistryImportReport }
  /** The file as a whole cannot be read as a list (format, columns, size): the reader's Korean reason. */
  | { ok: false; report: null; message: string };

type Entry = { kind: RegistryKind; id: number; name: string; agencyKind: AgencyKind | null; active: boolean };
type Ended = { ended: boolean };

/** What a valid row asks for. */
type Change =
  | { kind: "add"; entry: RegistryKind; name: string; agencyKind: AgencyKind | null; active: boolean }
  | { kind: "update"; current: Entry; agencyKind: AgencyKind | null; active: boolean }
  | { kind: "same" };

const KIND_WORDS: Record<string, RegistryKind> = { 부서: "department", 주관기관: "agency", 기관: "agency" };
const IN_USE: Record<string, boolean> = {
  "": true,
  사용: true,
  예: true,
  중지: false,
  "사용 중지": false,
  아니오: false,
};

async function loadEntries(ex: Executor): Promise<Map<string, Entry & Ended>> {
  const deps = await ex
    .select({ id: departments.id, name: departments.name, active: departments.active, endedOn: departments.endedOn })
    .from(departments);
  const bodies = await ex
    .select({ id: agencies.id, name: agencies.name, kind: agencies.kind, active: agencies.active })
    .from(agencies);
  const map = new Map<string, Entry & Ended>();
  for (const d of deps)
    map.set(`department:${compactName(d.name)}`, {
      kind: "department",
      id: d.id,
      name: d.name,
      agencyKind: null,
      active: d.active,
      ended: d.endedOn !== null,
    });
  for (const a of bodies)
    map.set(`agency:${compactName(a.name)}`, {
      kind: "agency",
      id: a.id,
      name: a.name,
      agencyKind: a.kind,
      active: a.active,
      ended: false,
    });
  return map;
}

function validate(
  rows: RegistryListRow[],
  entries: Map<string, Entry & Ended>,
  kindOfLabel: Map<string, AgencyKind>,
): { views: RegistryRowView[]; changes: Change[] } {
  const seen = new Set<string>();
  const views: RegistryRowView[] = [];
  const changes: Change[] = [];
  for (const { row, cells } of rows) {
    const errors: RegistryRowView["errors"] = [];
    const entry = KIND_WORDS[cells["구분"]];
    if (!entry) errors.push({ column: "구분", message: "구분은 ‘부서’ 또는 ‘주관기관’으로 적어 주세요." });
    const name = registryName("이름").safeParse(cells["이름"]);
    if (!name.success) errors.push({ column: "이름", message: name.error.issues[0].message });
    const active = IN_USE[cells["사용"]];
    if (active === undefined)
      errors.push({ column: "사용", message: "사용은 비워 두거나 ‘사용’ 또는 ‘중지’로 적어 주세요." });
    let agencyKind: AgencyKind | null = null;
    if (entry === "agency" && cells["기관 구분"]) {
      agencyKind = kindOfLabel.get(cells["기관 구분"]) ?? null;
      if (!agencyKind)
        errors.push({
          column: "기관 구분",
          message: `기관 구분은 ${[...kindOfLabel.keys()].filter((k) => !(AGENCY_KINDS as readonly string[]).includes(k)).join(", ")} 중 하나로 적어 주세요.`,
        });
    }
    const key = entry && name.success ? `${entry}:${compactName(name.data)}` : null;
    const current = key ? entries.get(key) : undefined;
    if (key && seen.has(key)) errors.push({ column: "이름", message: "파일 안에 같은 이름이 이미 있습니다." });
    if (key) seen.add(key);
    if (entry === "agency" && !current && !cells["기관 구분"])
      errors.push({ column: "기관 구분", message: "새 주관기관은 기관 구분을 적어 주세요." });
    if (current && "ended" in current && current.ended && active)
      errors.push({ column: "사용", message: "조직개편으로 없어진 부서는 다시 사용할 수 없습니다." });
    let change: Change | null = null;
    if (errors.length === 0 && entry && name.success && active !== undefined) {
      if (!current) change = { kind: "add", entry, name: name.data, agencyKind, active };
      else {
        const nextKind = agencyKind ?? current.agencyKind;
        change =
          nextKind !== current.agencyKind || active !== current.active
            ? { kind: "update", current, agencyKind: nextKind, active }
            : { kind: "same" };
      }
      changes.push(change);
    }
    views.push({ row, cells, kind: change?.kind ?? null, errors });
  }
  return { views, changes };
}

function reportOf(fileName: string, views: RegistryRowView[]): RegistryImportReport {
  const count = (k: RegistryRowKind) => views.filter((v) => v.kind === k).length;
  return {
    fileName,
    counts: {
      add: count("add"),
      update: count("update"),
      same: count("same"),
      invalid: views.filter((v) => !v.kind).length,
    },
    rows: views,
  };
}

async function kindLabels(): Promise<Map<string, AgencyKind>> {
  const labels = agencyKindLabels((await readOrganisation()).province);
  const map = new Map<string, AgencyKind>();
  for (const k of AGENCY_KINDS) {
    map.set(labels[k], k);
    map.set(k, k);
  }
  return map;
}

/** 검사하기: what confirming the file would do, row by row; writes nothing. */
export async function previewRegistryImport(viewer: Viewer, file: ImportFile): Promise<RegistryImportResult> {
  authorize(viewer, "registry.manage");
  const read = readRegistryListFile(file);
  if (!read.ok) return { ok: false, report: null, message: read.message };
  const { views } = validate(read.rows, await loadEntries(db), await kindLabels());
  const report = reportOf(file.name, views);
  if (report.counts.invalid) return { ok: false, report };
  return { ok: true, report, outcome: { kind: "unchanged", tags: NO_TAGS } };
}

/** 등록하기: the file read and checked again, then every change in one transaction, or none. */
export async function confirmRegistryImport(
  viewer: Viewer,
  file: ImportFile,
  ctx: WriteContext,
): Promise<RegistryImportResult> {
  authorize(viewer, "registry.manage");
  const read = readRegistryListFile(file);
  if (!read.ok) return { ok: false, report: null, message: read.message };
  const labels = await kindLabels();
  return transaction(async (tx) => {
    await takeTurns(tx, REGISTRY_KEY);
    const { views, changes } = validate(read.rows, await loadEntries(tx), labels);
    const report = reportOf(file.name, views);
    if (report.counts.invalid) return { ok: false, report } as const;
    if (report.counts.add + report.counts.update === 0)
      return { ok: true, report, outcome: { kind: "unchanged", tags: NO_TAGS } } as const;
    for (const change of changes) {
      if (change.kind === "add") {
        const id = await insertRegistryEntry(
          tx,
          change.entry === "department"
            ? { kind: "department", name: change.name }
            : { kind: "agency", name: change.name, agencyKind: change.agencyKind! },
        );
        if (!change.active) {
          const table = change.entry === "department" ? departments : agencies;
          await tx.update(table).set({ active: false, deactivatedAt: new Date() }).where(eq(table.id, id));
        }
      } else if (change.kind === "update") {
        const { current } = change;
        const set = { active: change.active, deactivatedAt: change.active ? null : new Date(), updatedAt: new Date() };
        if (current.kind === "department") await tx.update(departments).set(set).where(eq(departments.id, current.id));
        else
          await tx
            .update(agencies)
            .set({ ...set, kind: change.agencyKind ?? current.agencyKind! })
            .where(eq(agencies.id, current.id));
      }
    }
    await recordAudit(tx, {
      actor: viewer,
      action: "registry.import",
      entityType: "registry",
      after: {
        fileName: file.name,
        added: report.counts.add,
        updated: report.counts.update,
        rows: views.filter((v) => v.kind === "add" || v.kind === "update").map((v) => ({ row: v.row, ...v.cells })),
      },
      note: file.name,
      ip: ctx.ip,
    });
    return {
      ok: true,
      report,
      outcome: { kind: "imported", tags: [CACHE_TAGS.registry, CACHE_TAGS.awards] },
    } as const;
  });
}
