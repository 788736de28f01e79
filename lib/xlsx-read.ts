import { SaxesParser } from "saxes";
import { inflateEntry, zipEntries, ZipRefusal, type ZipEntry } from "./zip-read";

/**
 * The first sheet of an uploaded XLSX as rows of text, read as a stream with every cost bounded
 * while it is read: the zip's declared sizes before inflating (lib/zip-read.ts), then each cell as
 * the XML parser meets it. Only cells with a value are kept, by column, so a row with one cell in
 * the last column (XFD) costs one cell, not 16,384, and is refused as soon as it is seen.
 */

export type SheetLine = { row: number; cells: string[] };

export type XlsxLimits = {
  /** Columns a value may sit in (A = 1). */
  maxColumns: number;
  /** Rows with at least one value. */
  maxRows: number;
  /** `<c>` elements, empty or not, and shared strings. */
  maxCells: number;
  /** Sum of every entry's declared uncompressed size. */
  maxUncompressedBytes: number;
  /** Milliseconds from the start. */
  maxMillis: number;
};

/** A file refused for its shape: `message` is Korean and says what to do. */
export class XlsxRefusal extends Error {}

const UNREADABLE = "XLSX 파일을 읽을 수 없습니다. 엑셀에서 다시 저장한 뒤 올려 주세요.";

/** "AB12" → column 28 (1-based), or 0 when there is no column. */
function columnOf(ref: string): number {
  let col = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col;
}

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** Runs the parser over an entry as it is inflated; any error in the XML is the file being unreadable. */
function parseEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  check: () => void,
  handlers: (parser: SaxesParser) => void,
): void {
  const parser = new SaxesParser();
  handlers(parser);
  const decoder = new TextDecoder();
  inflateEntry(bytes, entry, (piece) => parser.write(decoder.decode(piece, { stream: true })), check);
  parser.write(decoder.decode());
  parser.close();
}

function sharedStrings(bytes: Uint8Array, entry: ZipEntry | undefined, limits: XlsxLimits, check: () => void) {
  const strings: string[] = [];
  if (!entry) return strings;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  parseEntry(bytes, entry, check, (p) => {
    p.on("opentag", (tag) => {
      const name = local(tag.name);
      if (name === "si") current = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = true;
    });
    p.on("text", (text) => {
      if (inText && current !== null) current += text;
    });
    p.on("closetag", (tag) => {
      const name = local(tag.name);
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        strings.push(current ?? "");
        current = null;
        if (strings.length > limits.maxCells) throw new XlsxRefusal(tooMany(limits));
      }
    });
  });
  return strings;
}

const tooMany = (limits: XlsxLimits) =>
  `셀이 너무 많습니다(${limits.maxCells.toLocaleString("ko-KR")}개까지). 필요한 열과 행만 남겨 다시 저장해 주세요.`;

/** Path of the workbook's first sheet, from the workbook and its relationships. */
function firstSheetPath(bytes: Uint8Array, entries: Map<string, ZipEntry>, check: () => void): string {
  let relId: string | null = null;
  const workbook = entries.get("xl/workbook.xml");
  if (workbook)
    parseEntry(bytes, workbook, check, (p) =>
      p.on("opentag", (tag) => {
        if (relId !== null || local(tag.name) !== "sheet") return;
        const key = Object.keys(tag.attributes).find((k) => k !== "id" && local(k) === "id");
        relId = key ? String(tag.attributes[key]) : "";
      }),
    );
  let target: string | null = null;
  const rels = entries.get("xl/_rels/workbook.xml.rels");
  if (relId && rels)
    parseEntry(bytes, rels, check, (p) =>
      p.on("opentag", (tag) => {
        if (local(tag.name) === "Relationship" && tag.attributes.Id === relId) target = String(tag.attributes.Target);
      }),
    );
  if (!target) return "xl/worksheets/sheet1.xml";
  const t = target as string;
  return t.startsWith("/") ? t.slice(1) : `xl/${t.replace(/^\.\//, "")}`;
}

/** Excel stores numbers as the nearest double; shown to 15 digits they are what the user typed. */
function numberText(v: string): string {
  const n = Number(v);
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : v;
}

export function readXlsxSheet(bytes: Uint8Array, limits: XlsxLimits): SheetLine[] {
  const started = Date.now();
  const check = () => {
    if (Date.now() - started > limits.maxMillis)
      throw new XlsxRefusal(
        "파일을 읽는 데 시간이 너무 오래 걸려 멈췄습니다. 필요한 열과 행만 남겨 다시 저장해 주세요.",
      );
  };
  try {
    const entries = zipEntries(bytes, limits.maxUncompressedBytes);
    const sheet = entries.get(firstSheetPath(bytes, entries, check));
    if (!sheet) throw new XlsxRefusal(UNREADABLE);
    const strings = sharedStrings(bytes, entries.get("xl/sharedStrings.xml"), limits, check);
    return sheetLines(bytes, sheet, strings, limits, check);
  } catch (error) {
    if (error instanceof XlsxRefusal) throw error;
    if (error instanceof ZipRefusal && /budget|larger than declared/.test(error.message))
      throw new XlsxRefusal(
        `압축을 풀면 너무 큰 파일입니다(${Math.round(limits.maxUncompressedBytes / 1024 / 1024)}MB까지). ` +
          "내려받은 엑셀 양식에 필요한 행만 담아 다시 올려 주세요.",
      );
    throw new XlsxRefusal(UNREADABLE);
  }
}

function sheetLines(
  bytes: Uint8Array,
  entry: ZipEntry,
  strings: string[],
  limits: XlsxLimits,
  check: () => void,
): SheetLine[] {
  const lines: SheetLine[] = [];
  let cellCount = 0;
  let rowNumber = 0;
  let cells: string[] = [];
  let column = 0;
  let type = "n";
  let value: string | null = null;
  let inValue = false;
  let inInline = false;
  let phonetic = 0;
  const tooWide = (col: number) =>
    new XlsxRefusal(
      `${rowNumber}행의 ${col.toLocaleString("ko-KR")}번째 열에 값이 있습니다. 열은 ${limits.maxColumns}개까지 읽습니다. ` +
        "내려받은 엑셀 양식의 열만 남겨 다시 저장해 주세요.",
    );

  parseEntry(bytes, entry, check, (p) => {
    p.on("opentag", (tag) => {
      switch (local(tag.name)) {
        case "dimension": {
          // The sheet's own claim of its extent: refused before any row is read.
          const last =
            String(tag.attributes.ref ?? "")
              .split(":")
              .pop() ?? "";
          const col = columnOf(last);
          if (col > limits.maxColumns) {
            rowNumber = Number(last.replace(/^[A-Z]+/, "")) || 1;
            throw tooWide(col);
          }
          break;
        }
        case "row":
          rowNumber = Number(tag.attributes.r) || rowNumber + 1;
          cells = [];
          column = 0;
          break;
        case "c": {
          if (++cellCount > limits.maxCells) throw new XlsxRefusal(tooMany(limits));
          const ref = tag.attributes.r;
          column = ref ? columnOf(String(ref)) : column + 1;
          type = String(tag.attributes.t ?? "n");
          value = null;
          break;
        }
        case "v":
          inValue = true;
          value = "";
          break;
        case "is":
          inInline = true;
          value = "";
          break;
        case "rPh":
          phonetic++;
          break;
        case "t":
          if (inInline && phonetic === 0) inValue = true;
          break;
      }
    });
    p.on("text", (text) => {
      if (inValue) value += text;
    });
    p.on("closetag", (tag) => {
      switch (local(tag.name)) {
        case "v":
        case "t":
          inValue = false;
          break;
        case "rPh":
          phonetic--;
          break;
        case "is":
          inInline = false;
          break;
        case "c": {
          if (value === null || value === "") break;
          if (column > limits.maxColumns) throw tooWide(column);
          const text =
            type === "s"
              ? (strings[Number(value)] ?? "")
              : type === "b"
                ? value === "1"
                  ? "TRUE"
                  : "FALSE"
                : type === "n"
                  ? numberText(value)
                  : value;
          while (cells.length < column - 1) cells.push("");
          cells[column - 1] = text;
          break;
        }
        case "row":
          if (cells.length === 0) break;
          lines.push({ row: rowNumber, cells });
          if (lines.length > limits.maxRows)
            throw new XlsxRefusal(
              `한 번에 ${limits.maxRows.toLocaleString("ko-KR")}행까지 올릴 수 있습니다. 파일을 나누어 올려 주세요.`,
            );
          break;
      }
    });
  });
  return lines;
}
