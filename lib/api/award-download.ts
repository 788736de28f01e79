import "server-only";
import { csvChunks } from "@/lib/csv";
import { publishedRevision } from "@/lib/data/published-revision";
import { streamPublicAwards, type PublicAward } from "@/lib/data/public-awards";
import { cachedExport, fileBody } from "@/lib/export-cache";
import { wonToMillionWon } from "@/lib/money";
import { getOrganisation } from "@/lib/data/organisation";
import { agencyKindLabels, licenceOf } from "@/lib/organisation";
import { awardSumRow, awardsXlsxFilename, awardXlsxColumns } from "@/lib/review/award-export";
import { exportInfo } from "@/lib/review/export-info";
import type { AwardQuery } from "@/lib/validations/award-query";
import { declaredWidths, XLSX_CONTENT_TYPE, xlsxChunks } from "@/lib/xlsx";
import { awardCsvColumns, awardsCsvFilename } from "./award-csv";
import { busy, fileAttachment } from "./responses";

type Filters = Omit<AwardQuery, "page" | "pageSize">;

/** The rows as they stream past, counted and summed for the sum row and the 정보 sheet. */
function counted(filters: Filters) {
  const totals = { count: 0, incentiveWon: 0 };
  async function* rows(): AsyncGenerator<PublicAward[]> {
    for await (const chunk of streamPublicAwards(filters)) {
      for (const a of chunk) {
        totals.count += 1;
        totals.incentiveWon += a.incentiveWon ?? 0;
      }
      yield chunk;
    }
  }
  return { rows: rows(), totals };
}

/**
 * Every award matching the filters as CSV or XLSX, in the screen's order, streamed from the
 * database into a file once per published state and sent from there. 503 when too many exports
 * are being built at once. `describeFilters` words the filters for the 정보 sheet.
 */
export async function awardDownload(
  filters: Filters,
  format: "csv" | "xlsx",
  describeFilters: () => Promise<string | null>,
): Promise<Response> {
  // The revision covers the organisation's identity too (its name, licence and labels are in the file).
  const [revision, org] = await Promise.all([publishedRevision(), getOrganisation()]);
  const kindLabels = agencyKindLabels(org.province);
  const key = JSON.stringify({ export: "awards", format, filters });
  const built = await cachedExport(revision, key, () => {
    const { rows, totals } = counted(filters);
    if (format === "csv") return csvChunks(rows, awardCsvColumns(kindLabels));
    const columns = awardXlsxColumns(kindLabels);
    return (async function* () {
      const description = await describeFilters();
      yield* xlsxChunks(
        {
          name: "수상 실적",
          columns,
          rows,
          sumRow: () => awardSumRow(totals.count, wonToMillionWon(totals.incentiveWon)),
        },
        () =>
          exportInfo({
            title: `${org.name} 기관표창 수상 실적`,
            licence: licenceOf(org),
            filters: description,
            rowCount: totals.count,
            exportedAt: new Date(),
          }),
        declaredWidths(columns),
      );
    })();
  });
  if (built === "busy") return busy();
  const body = await fileBody(built.file);
  return format === "csv"
    ? fileAttachment(body, built.size, "text/csv; charset=utf-8", awardsCsvFilename(filters.year))
    : fileAttachment(body, built.size, XLSX_CONTENT_TYPE, awardsXlsxFilename(filters.year));
}
