import type { AgencyKind } from "@/db/schema";
import { awardCsvColumns } from "@/lib/api/award-csv";
import type { CsvCell } from "@/lib/csv";
import type { PublicAward } from "@/lib/data/public-awards";
import { wonToMillionWon } from "@/lib/money";
import { MILLION_WON_FORMAT, type XlsxColumn } from "@/lib/xlsx";
import { SUM_ROW_LABEL } from "./export-info";

const INCENTIVE = "인센티브(백만원)";

/** The CSV download's columns, with the incentive formatted as 백만원 in Excel. */
export function awardXlsxColumns(kindLabels: Record<AgencyKind, string>): XlsxColumn<PublicAward>[] {
  return awardCsvColumns(kindLabels).map((c) => (c.header === INCENTIVE ? { ...c, numFmt: MILLION_WON_FORMAT } : c));
}

// The sum row reads only the headers, which do not depend on the labels.
const HEADERS = awardCsvColumns({ central: "", province: "", public: "", international: "" }).map((c) => c.header);

/** 합계 | n건 | … | the incentive total: summed in won, so the 백만원 figure is exact. */
export function awardSumRow(rows: readonly PublicAward[]): CsvCell[] {
  const totalWon = rows.reduce((sum, a) => sum + (a.incentiveWon ?? 0), 0);
  return HEADERS.map((header, i) =>
    i === 0
      ? SUM_ROW_LABEL
      : header === "수상명"
        ? `${rows.length}건`
        : header === INCENTIVE
          ? wonToMillionWon(totalWon)
          : null,
  );
}

/** ASCII, for Content-Disposition: awards-2023.xlsx, or awards.xlsx for all years. */
export function awardsXlsxFilename(year: number | undefined): string {
  return year ? `awards-${year}.xlsx` : "awards.xlsx";
}
