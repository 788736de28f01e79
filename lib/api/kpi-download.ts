import "server-only";
import { csvChunks } from "@/lib/csv";
import { getOrganisation } from "@/lib/data/organisation";
import { listPolicyAreas } from "@/lib/data/public-kpis";
import { publishedRevision } from "@/lib/data/published-revision";
import { cachedExport, fileBody } from "@/lib/export-cache";
import { licenceOf } from "@/lib/organisation";
import { exportInfo } from "@/lib/review/export-info";
import { declaredWidths, XLSX_CONTENT_TYPE, type XlsxColumn, xlsxChunks } from "@/lib/xlsx";
import { type KpiRow, kpiCsvColumns, kpiRows, kpisFilename } from "./kpi-csv";
import { busy, fileAttachment } from "./responses";

async function* chunk(rows: KpiRow[]): AsyncGenerator<KpiRow[]> {
  yield rows;
}

// Fixed widths: a streamed sheet's head is written before its rows.
const WIDTHS: Record<string, number> = { 분야: 24, 지표: 36, 기간: 20, 값: 16, 표기: 18, 비교·참고: 30, 목표: 24 };

function kpiXlsxColumns(): XlsxColumn<KpiRow>[] {
  return kpiCsvColumns().map((c) => ({
    ...c,
    ...(WIDTHS[c.header] ? { width: WIDTHS[c.header] } : {}),
  }));
}

/**
 * Every public KPI figure as CSV or XLSX, built once per published state like the award exports
 * (lib/api/award-download.ts) and sent from the file. 503 when too many exports are being built.
 */
export async function kpiDownload(format: "csv" | "xlsx"): Promise<Response> {
  const [revision, org] = await Promise.all([publishedRevision(), getOrganisation()]);
  const built = await cachedExport(revision, JSON.stringify({ export: "kpis", format }), () =>
    (async function* () {
      const rows = kpiRows(await listPolicyAreas());
      if (format === "csv") {
        yield* csvChunks(chunk(rows), kpiCsvColumns());
        return;
      }
      const columns = kpiXlsxColumns();
      yield* xlsxChunks(
        { name: "주요 지표", columns, rows: [rows] },
        () =>
          exportInfo({
            title: `${org.name} 분야별 주요 지표`,
            licence: licenceOf(org),
            filters: null,
            rowCount: rows.length,
            exportedAt: new Date(),
          }),
        declaredWidths(columns),
      );
    })(),
  );
  if (built === "busy") return busy();
  const body = await fileBody(built.file);
  return format === "csv"
    ? fileAttachment(body, built.size, "text/csv; charset=utf-8", kpisFilename("csv"))
    : fileAttachment(body, built.size, XLSX_CONTENT_TYPE, kpisFilename("xlsx"));
}
