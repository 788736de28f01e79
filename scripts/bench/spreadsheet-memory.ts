/**
 * Peak memory and time of the spreadsheet paths, each run in its own process so maxRSS is its own:
 *   DATABASE_URL=<a scale database> tsx --conditions=react-server scripts/bench/spreadsheet-memory.ts <mode>
 * modes: export-xlsx, export-csv (the streamed exports of every award), export-xlsx-exceljs (the
 * same workbook built in memory with exceljs, as before), import-ours, import-exceljs (reading a
 * 10,000-row XLSX). A figure for the README, not a test.
 */
import fs from "node:fs";
import { csvChunks } from "@/lib/csv";
import { streamPublicAwards } from "@/lib/data/public-awards";
import { awardCsvColumns } from "@/lib/api/award-csv";
import { agencyKindLabels } from "@/lib/organisation";
import { awardXlsxColumns } from "@/lib/review/award-export";

const KIND_LABELS = agencyKindLabels("충청북도");
const AWARD_CSV_COLUMNS = awardCsvColumns(KIND_LABELS);
const AWARD_XLSX_COLUMNS = awardXlsxColumns(KIND_LABELS);
import { XLSX_LIMITS } from "@/lib/review/import-file";
import { declaredWidths, toXlsx, xlsxChunks } from "@/lib/xlsx";
import { readXlsxSheet } from "@/lib/xlsx-read";

const mode = process.argv[2];
const started = performance.now();
const sample = "/tmp/seonggwa-import-10000.xlsx";

async function main() {
  let rows = 0;
  let bytes = 0;
  if (mode === "export-xlsx" || mode === "export-csv") {
    async function* counted() {
      for await (const chunk of streamPublicAwards({ sort: "order", dir: "asc" })) {
        rows += chunk.length;
        yield chunk;
      }
    }
    const out =
      mode === "export-csv"
        ? csvChunks(counted(), AWARD_CSV_COLUMNS)
        : xlsxChunks(
            { name: "수상 실적", columns: AWARD_XLSX_COLUMNS, rows: counted() },
            () => [],
            declaredWidths(AWARD_XLSX_COLUMNS),
          );
    for await (const part of out) bytes += part.length;
  } else if (mode === "export-xlsx-exceljs") {
    const ExcelJS = (await import("exceljs")).default;
    const all = [];
    for await (const chunk of streamPublicAwards({ sort: "order", dir: "asc" })) all.push(...chunk);
    rows = all.length;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("수상 실적");
    sheet.addRow(AWARD_XLSX_COLUMNS.map((c) => c.header));
    for (const a of all) sheet.addRow(AWARD_XLSX_COLUMNS.map((c) => c.value(a) ?? null));
    bytes = (await workbook.xlsx.writeBuffer()).byteLength;
  } else if (mode === "make-sample") {
    const all = [];
    for await (const chunk of streamPublicAwards({ sort: "order", dir: "asc" }, 10_000)) {
      all.push(...chunk);
      if (all.length >= 10_000) break;
    }
    const file = await toXlsx({ name: "수상 실적", columns: AWARD_XLSX_COLUMNS, rows: all.slice(0, 10_000) }, []);
    fs.writeFileSync(sample, file);
    bytes = file.length;
  } else if (mode === "import-ours") {
    const file = new Uint8Array(fs.readFileSync(sample));
    bytes = file.length;
    rows = readXlsxSheet(file, XLSX_LIMITS).length;
  } else if (mode === "import-exceljs") {
    const ExcelJS = (await import("exceljs")).default;
    const file = fs.readFileSync(sample);
    bytes = file.length;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    rows = workbook.worksheets[0].rowCount;
  } else throw new Error(`unknown mode ${mode}`);
  const ms = Math.round(performance.now() - started);
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ mode, rows, bytes, ms, peakRssMb: peakMb }));
}
void main().then(() => process.exit(0));
