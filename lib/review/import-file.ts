import {
  AWARD_ID_COLUMN,
  AWARD_IMPORT_COLUMNS,
  AWARD_VERSION_COLUMN,
  IMPORT_COLUMNS,
  OPTIONAL_IMPORT_COLUMNS,
  type OptionalImportColumn,
  IMPORT_MAX_ROWS,
  type ImportColumn,
} from "@/lib/validations/import";
import { fromInertText } from "@/lib/csv";
import { decodeCsv, parseCsv } from "@/lib/csv-parse";
import { readXlsxSheet, XlsxRefusal, type XlsxLimits } from "@/lib/xlsx-read";
import { SUM_ROW_LABEL } from "./export-info";

/** One data row of an uploaded file: its row number as the spreadsheet shows it, and its cells as text. */
export type RawRow = {
  row: number;
  cells: Record<ImportColumn, string>;
  /** Optional columns the file does not have (their cells read ""), which an update leaves as they are. */
  absent: OptionalImportColumn[];
  /** The export's ID and 버전 cells ("" when the file has no such column or the cell is empty). */
  id: string;
  version: string;
};
export type ImportFile = { name: string; bytes: Uint8Array };
export type ReadResult = { ok: true; rows: RawRow[] } | { ok: false; message: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isXlsx(file: ImportFile): boolean {
  return ZIP_MAGIC.every((b, i) => file.bytes[i] === b);
}

/**
 * What an upload may cost to read. The export has 9 columns; 64 leaves room for a sheet with notes.
 * 10,000 rows of the export are about 6 MB of sheet XML, so 64 MB uncompressed is generous.
 */
export const XLSX_LIMITS: XlsxLimits = {
  maxColumns: 64,
  maxRows: IMPORT_MAX_ROWS + 2,
  maxCells: (IMPORT_MAX_ROWS + 2) * 32,
  maxUncompressedBytes: 64 * 1024 * 1024,
  maxMillis: 10_000,
};

/** The first sheet's rows as text, numbered as Excel numbers them, or a refusal's Korean message. */
function xlsxLines(bytes: Uint8Array): { row: number; cells: string[] }[] | string {
  try {
    return readXlsxSheet(bytes, XLSX_LIMITS);
  } catch (error) {
    if (error instanceof XlsxRefusal) return error.message;
    throw error;
  }
}

function csvLines(bytes: Uint8Array): { row: number; cells: string[] }[] {
  return parseCsv(decodeCsv(bytes)).map((cells, i) => ({ row: i + 1, cells }));
}

const blank = (cells: string[]) => cells.every((c) => c.trim() === "");

/**
 * Reads an XLSX or CSV laid out like the award export: a header row naming the columns (in any
 * order), then one award per row. Empty rows and the export's sum row are skipped.
 */
export function readImportFile(file: ImportFile): ReadResult {
  const lines = isXlsx(file)
    ? xlsxLines(file.bytes)
    : /\.xlsx$/i.test(file.name)
      ? "XLSX 파일을 읽을 수 없습니다. 엑셀에서 다시 저장한 뒤 올려 주세요."
      : csvLines(file.bytes);
  if (typeof lines === "string") return { ok: false, message: lines };

  const headerIndex = lines.findIndex((l) => !blank(l.cells));
  if (headerIndex === -1) return { ok: false, message: "파일에 내용이 없습니다." };
  const header = lines[headerIndex].cells.map((c) => c.normalize("NFC").trim());
  const missing = IMPORT_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    return {
      ok: false,
      message: `${lines[headerIndex].row}행(제목 행)에 필요한 열이 없습니다: ${missing.join(", ")}. 내려받은 엑셀 파일과 같은 열 이름을 써 주세요.`,
    };
  }
  const absent = OPTIONAL_IMPORT_COLUMNS.filter((c) => !header.includes(c));
  const position = Object.fromEntries(AWARD_IMPORT_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    ImportColumn,
    number
  >;

  const idAt = header.indexOf(AWARD_ID_COLUMN);
  const versionAt = header.indexOf(AWARD_VERSION_COLUMN);
  const optional = (cells: string[], at: number) => (at < 0 ? "" : (cells[at] ?? "").trim());

  const rows: RawRow[] = [];
  for (const line of lines.slice(headerIndex + 1)) {
    if (blank(line.cells)) continue;
    const cells = Object.fromEntries(
      AWARD_IMPORT_COLUMNS.map((c) => [
        c,
        position[c] < 0 ? "" : fromInertText((line.cells[position[c]] ?? "").trim()),
      ]),
    ) as Record<ImportColumn, string>;
    if (cells["연도"] === SUM_ROW_LABEL) continue;
    rows.push({
      row: line.row,
      cells,
      absent,
      id: optional(line.cells, idAt),
      version: optional(line.cells, versionAt),
    });
    if (rows.length > IMPORT_MAX_ROWS) break;
  }
  if (rows.length === 0) return { ok: false, message: "제목 행 아래에 등록할 행이 없습니다." };
  if (rows.length > IMPORT_MAX_ROWS) {
    return {
      ok: false,
      message: `한 번에 ${IMPORT_MAX_ROWS.toLocaleString("ko-KR")}행까지 올릴 수 있습니다. 파일을 나누어 올려 주세요.`,
    };
  }
  return { ok: true, rows };
}
