/**
 * CSV that Excel opens correctly in Korean: UTF-8 with a byte order mark (without it Excel reads the
 * file as CP949 and the Hangul turns to mojibake), CRLF line endings and RFC 4180 quoting.
 */

/** A cell: text, a number written as is, or nothing (an empty cell, which Excel sums as 0). */
export type CsvCell = string | number | null | undefined;

export type CsvColumn<T> = { header: string; value: (row: T) => CsvCell };

const BOM = "\uFEFF";
const CRLF = "\r\n";

// A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK(...), +cmd|...), so
// text from the record must not start with one when opened. The apostrophe makes Excel show it as text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a spreadsheet would run this text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Text that a spreadsheet would run as a formula, made inert with a leading apostrophe. */
export function inertText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/**
 * inertText undone, for a file coming back in: our export wrote the apostrophe, so an exported
 * file re-imported reads the record's own text ("- 도 평가" stays "- 도 평가", not "'- 도 평가").
 */
export function fromInertText(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

function escapeCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  // Numbers come from our own arithmetic, never from typed text; "-5" stays a number Excel can sum.
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new Error(`csv: not a finite number: ${cell}`);
    return String(cell);
  }
  const text = inertText(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function line(cells: CsvCell[]): string {
  return cells.map(escapeCell).join(",") + CRLF;
}

/** One header row, then one line per row; every line, the last included, ends in CRLF. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  let out = BOM + line(columns.map((c) => c.header));
  for (const row of rows) out += line(columns.map((c) => c.value(row)));
  return out;
}

/** toCsv for rows that come in chunks: the header (with the BOM), then one string per chunk. */
export async function* csvChunks<T>(
  chunks: AsyncIterable<readonly T[]>,
  columns: readonly CsvColumn<T>[],
): AsyncGenerator<string> {
  yield BOM + line(columns.map((c) => c.header));
  for await (const rows of chunks) {
    let out = "";
    for (const row of rows) out += line(columns.map((c) => c.value(row)));
    yield out;
  }
}
