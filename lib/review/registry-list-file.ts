import { decodeCsv, parseCsv } from "@/lib/csv-parse";
import { readXlsxSheet, XlsxRefusal, type XlsxLimits } from "@/lib/xlsx-read";
import type { ImportFile } from "./import-file";

/**
 * A department and body list as counties keep it in Excel: a header row naming the columns (in any
 * order), then one entry per row. 구분 says which registry (부서 or 주관기관), 기관 구분 the kind of a
 * body as the registry page words it, 사용 whether it is in use (empty: in use).
 */
export const REGISTRY_LIST_COLUMNS = ["구분", "이름", "기관 구분", "사용"] as const;
export type RegistryListColumn = (typeof REGISTRY_LIST_COLUMNS)[number];
const REQUIRED: RegistryListColumn[] = ["구분", "이름"];

/** A registry is a few hundred names; a file far beyond that is not a registry list. */
export const REGISTRY_LIST_MAX_ROWS = 2_000;

const LIMITS: XlsxLimits = {
  maxColumns: 32,
  maxRows: REGISTRY_LIST_MAX_ROWS + 2,
  maxCells: (REGISTRY_LIST_MAX_ROWS + 2) * 16,
  maxUncompressedBytes: 16 * 1024 * 1024,
  maxMillis: 5_000,
};

export type RegistryListRow = { row: number; cells: Record<RegistryListColumn, string> };
export type RegistryListRead = { ok: true; rows: RegistryListRow[] } | { ok: false; message: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const blank = (cells: string[]) => cells.every((c) => c.trim() === "");

/** The first sheet of an XLSX, or a CSV, read with the award import's own readers. */
export function readRegistryListFile(file: ImportFile): RegistryListRead {
  let lines: { row: number; cells: string[] }[];
  if (ZIP_MAGIC.every((b, i) => file.bytes[i] === b)) {
    try {
      lines = readXlsxSheet(file.bytes, LIMITS);
    } catch (error) {
      if (error instanceof XlsxRefusal) return { ok: false, message: error.message };
      throw error;
    }
  } else {
    lines = parseCsv(decodeCsv(file.bytes)).map((cells, i) => ({ row: i + 1, cells }));
  }
  const headerIndex = lines.findIndex((l) => !blank(l.cells));
  if (headerIndex === -1) return { ok: false, message: "파일에 내용이 없습니다." };
  const header = lines[headerIndex].cells.map((c) => c.normalize("NFC").trim());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length)
    return {
      ok: false,
      message: `${lines[headerIndex].row}행(제목 행)에 필요한 열이 없습니다: ${missing.join(", ")}. 열 이름은 ${REGISTRY_LIST_COLUMNS.join(", ")}입니다.`,
    };
  const data = lines.slice(headerIndex + 1).filter((l) => !blank(l.cells));
  if (data.length > REGISTRY_LIST_MAX_ROWS)
    return { ok: false, message: `한 번에 ${REGISTRY_LIST_MAX_ROWS.toLocaleString("ko-KR")}행까지 올릴 수 있습니다.` };
  const at = Object.fromEntries(REGISTRY_LIST_COLUMNS.map((c) => [c, header.indexOf(c)]));
  return {
    ok: true,
    rows: data.map((l) => ({
      row: l.row,
      cells: Object.fromEntries(
        REGISTRY_LIST_COLUMNS.map((c) => [c, at[c] === -1 ? "" : (l.cells[at[c]] ?? "").trim()]),
      ) as Record<RegistryListColumn, string>,
    })),
  };
}
