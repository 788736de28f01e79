import ExcelJS from "exceljs";
import { inertText, type CsvCell, type CsvColumn } from "./csv";

/**
 * XLSX downloads built from the same column definitions as the CSV ones (lib/csv.ts), so both
 * formats always carry the same rows. Each workbook has the data sheet first, with a sum row, and
 * a sheet "정보" saying where the data comes from, under what licence, filtered how and when.
 */

export type XlsxColumn<T> = CsvColumn<T> & { numFmt?: string };

/** 백만원 amounts with one decimal, as the document prints them: 1,270.5 */
export const MILLION_WON_FORMAT = "#,##0.0";

export type XlsxSheet<T> = {
  name: string;
  columns: readonly XlsxColumn<T>[];
  rows: readonly T[];
  /** One cell per column, written bold after the rows. */
  sumRow?: readonly CsvCell[];
};

/** Label and value pairs for the "정보" sheet. */
export type XlsxInfo = readonly (readonly [string, string])[];

export const INFO_SHEET_NAME = "정보";

function cellValue(cell: CsvCell): string | number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new Error(`xlsx: not a finite number: ${cell}`);
    return cell;
  }
  // Text that could run as a formula once someone edits the cell stays text.
  return inertText(cell);
}

/** Wide enough for the longest value, within reason; Hangul counts double. */
function widthOf(values: readonly CsvCell[]): number {
  const longest = Math.max(
    ...values.map((v) => [...String(v ?? "")].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)),
  );
  return Math.min(60, Math.max(8, longest + 2));
}

export async function toXlsx<T>(sheet: XlsxSheet<T>, info: XlsxInfo): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();

  const data = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  const table = sheet.rows.map((row) => sheet.columns.map((c) => cellValue(c.value(row))));
  data.addRow(sheet.columns.map((c) => c.header)).font = { bold: true };
  for (const values of table) data.addRow(values);
  if (sheet.sumRow) data.addRow(sheet.sumRow.map(cellValue)).font = { bold: true };
  sheet.columns.forEach((c, i) => {
    const column = data.getColumn(i + 1);
    column.width = widthOf([c.header, ...table.map((r) => r[i])]);
    if (c.numFmt) column.numFmt = c.numFmt;
  });

  const about = workbook.addWorksheet(INFO_SHEET_NAME);
  about.addRow(["항목", "내용"]).font = { bold: true };
  for (const [label, value] of info) about.addRow([cellValue(label), cellValue(value)]);
  about.getColumn(1).width = 16;
  about.getColumn(2).width = 80;

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
