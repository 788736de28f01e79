import { Zip, ZipDeflate } from "fflate";
import { looksLikeFormula, type CsvCell, type CsvColumn } from "./csv";

/**
 * XLSX downloads built from the same column definitions as the CSV ones (lib/csv.ts), so both
 * formats always carry the same rows. Each workbook has the data sheet first, with a sum row, and
 * a sheet "정보" saying where the data comes from, under what licence, filtered how and when.
 *
 * Written as a stream: rows arrive in chunks, each chunk becomes sheet XML (inline strings, so
 * nothing is held for a shared-string table) and is deflated into the zip at once, so memory does
 * not grow with the row count. Why our own writer and not exceljs: see the README ("Spreadsheets").
 */

export type XlsxColumn<T> = CsvColumn<T> & { numFmt?: string; width?: number };

/** 백만원 amounts with one decimal, as the document prints them: 1,270.5 */
export const MILLION_WON_FORMAT = "#,##0.0";

export type XlsxSheet<T> = {
  name: string;
  columns: readonly XlsxColumn<T>[];
  rows: readonly T[];
  /** One cell per column, written bold after the rows. */
  sumRow?: readonly CsvCell[];
};

/** A sheet whose rows come in chunks; its sum row is asked for once every row has been written. */
export type XlsxStreamSheet<T> = {
  name: string;
  columns: readonly XlsxColumn<T>[];
  rows: AsyncIterable<readonly T[]> | Iterable<readonly T[]>;
  sumRow?: () => readonly CsvCell[];
};

/** Label and value pairs for the "정보" sheet. */
export type XlsxInfo = readonly (readonly [string, string])[];

export const INFO_SHEET_NAME = "정보";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// Styles: 0 plain, 1 bold, 2 the number format, 3 bold with the number format.
const STYLE_BOLD = 1;
const STYLE_NUMBER = 2;
// Text a spreadsheet would run as a formula once someone edits the cell (=HYPERLINK(...), +cmd|...):
// the style's quotePrefix keeps it text, as Excel's own leading apostrophe does, without adding a
// character to the value (the CSV has no styles, so it writes the apostrophe: lib/csv.ts).
const STYLE_QUOTE = 4;

// Characters XML 1.0 cannot hold at all; the record's text rules refuse them, this keeps a file valid regardless.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters removed
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** A1-style column letters: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function cellXml(ref: string, cell: CsvCell, style: number): string {
  if (cell === null || cell === undefined) return style ? `<c r="${ref}" s="${style}"/>` : "";
  const s = style ? ` s="${style}"` : "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new Error(`xlsx: not a finite number: ${cell}`);
    return `<c r="${ref}"${s}><v>${cell}</v></c>`;
  }
  const quoted = looksLikeFormula(cell) ? ` s="${style | STYLE_QUOTE}"` : s;
  return `<c r="${ref}"${quoted} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
}

function rowXml(rowNumber: number, cells: readonly CsvCell[], styles: readonly number[], rowStyle = 0): string {
  let out = rowStyle ? `<row r="${rowNumber}" s="${rowStyle}" customFormat="1">` : `<row r="${rowNumber}">`;
  cells.forEach((cell, i) => {
    out += cellXml(`${columnLetters(i)}${rowNumber}`, cell, styles[i] ?? 0);
  });
  return `${out}</row>`;
}

/** Wide enough for the longest value, within reason; Hangul counts double. */
function widthOf(values: readonly CsvCell[]): number {
  const longest = Math.max(
    ...values.map((v) => [...String(v ?? "")].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)),
  );
  return Math.min(60, Math.max(8, longest + 2));
}

/** Cell formats by style bits: plain, bold, number, bold number; then the same with quotePrefix (+4). */
const CELL_XFS = [
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
  '<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>',
];

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

function sheetHead(widths: readonly number[], frozen: boolean): string {
  const pane = frozen ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' : "";
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`
  );
}
const SHEET_TAIL = "</sheetData></worksheet>";

function staticParts(sheetNames: readonly string[], numFmt: string): [string, string][] {
  const sheets = sheetNames.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const sheetRels = sheetNames.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const overrides = sheetNames.map(
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ` +
      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
  );
  return [
    [
      "[Content_Types].xml",
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        `${overrides.join("")}</Types>`,
    ],
    [
      "_rels/.rels",
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets.join("")}</sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${sheetRels.join("")}` +
        `<Relationship Id="rId${sheetNames.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
        "</Relationships>",
    ],
    [
      "xl/styles.xml",
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
        `<numFmts count="1"><numFmt numFmtId="164" formatCode="${escapeXml(numFmt)}"/></numFmts>` +
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>' +
        '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
        '<fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        `<cellXfs count="8">${CELL_XFS.join("")}${CELL_XFS.map((xf) => xf.replace("/>", ' quotePrefix="1"/>')).join("")}` +
        "</cellXfs></styleSheet>",
    ],
  ];
}

/**
 * The workbook as a stream of zip bytes. `widths` fixes each data column's width, since the rows
 * are not all known when the sheet's head is written.
 */
export async function* xlsxChunks<T>(
  sheet: XlsxStreamSheet<T>,
  info: () => XlsxInfo,
  widths: readonly number[],
): AsyncGenerator<Uint8Array> {
  const queue: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else queue.push(chunk);
  });
  const encoder = new TextEncoder();
  function* drain() {
    if (failure) throw failure;
    while (queue.length) yield queue.shift()!;
  }
  const file = (name: string) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    return entry;
  };

  const numFmt = sheet.columns.find((c) => c.numFmt)?.numFmt ?? MILLION_WON_FORMAT;
  for (const [name, text] of staticParts([sheet.name, INFO_SHEET_NAME], numFmt))
    file(name).push(encoder.encode(text), true);
  yield* drain();

  const data = file("xl/worksheets/sheet1.xml");
  const plain = sheet.columns.map((c) => (c.numFmt ? STYLE_NUMBER : 0));
  const bold = sheet.columns.map((c) => (c.numFmt ? STYLE_NUMBER | STYLE_BOLD : STYLE_BOLD));
  let rowNumber = 1;
  data.push(
    encoder.encode(
      sheetHead(widths, true) +
        rowXml(
          rowNumber,
          sheet.columns.map((c) => c.header),
          bold,
          STYLE_BOLD,
        ),
    ),
  );
  for await (const chunk of sheet.rows) {
    let xml = "";
    for (const row of chunk) {
      rowNumber += 1;
      xml += rowXml(
        rowNumber,
        sheet.columns.map((c) => c.value(row)),
        plain,
      );
    }
    data.push(encoder.encode(xml));
    yield* drain();
  }
  const sum = sheet.sumRow?.();
  data.push(encoder.encode((sum ? rowXml(rowNumber + 1, sum, bold, STYLE_BOLD) : "") + SHEET_TAIL), true);
  yield* drain();

  const about = file("xl/worksheets/sheet2.xml");
  let xml = sheetHead([16, 80], false) + rowXml(1, ["항목", "내용"], [STYLE_BOLD, STYLE_BOLD], STYLE_BOLD);
  info().forEach(([label, value], i) => {
    xml += rowXml(i + 2, [label, value], [0, 0]);
  });
  about.push(encoder.encode(xml + SHEET_TAIL), true);
  zip.end();
  yield* drain();
}

/** A whole workbook in memory, for small sheets (the totals report, tests). */
export async function toXlsx<T>(sheet: XlsxSheet<T>, info: XlsxInfo): Promise<Uint8Array> {
  const widths = sheet.columns.map((c, i) =>
    widthOf([c.header, ...sheet.rows.map((r) => c.value(r)), ...(sheet.sumRow ? [sheet.sumRow[i]] : [])]),
  );
  const parts: Uint8Array[] = [];
  const stream = xlsxChunks(
    { name: sheet.name, columns: sheet.columns, rows: [sheet.rows], sumRow: sheet.sumRow && (() => sheet.sumRow!) },
    () => info,
    widths,
  );
  for await (const part of stream) parts.push(part);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, at), (at += p.length);
  return out;
}

/** Each column's width from its header and, where given, its declared width. */
export function declaredWidths<T>(columns: readonly XlsxColumn<T>[]): number[] {
  return columns.map((c) => c.width ?? widthOf([c.header]));
}
