import type { AgencyKind } from "@/db/schema";
import { awardCsvColumns } from "@/lib/api/award-csv";
import type { CsvCell } from "@/lib/csv";
import type { PublicAward } from "@/lib/data/public-awards";
import { MILLION_WON_FORMAT, type XlsxColumn } from "@/lib/xlsx";
import { SUM_ROW_LABEL } from "./export-info";

const INCENTIVE = "인센티브(백만원)";

// Column widths, fixed because a streamed sheet's head is written before its rows are known.
const WIDTHS: Record<string, number> = { 수상명: 60, 주관기관: 24, 담당부서: 30, [INCENTIVE]: 18 };

/** The CSV download's columns, with the incentive formatted as 백만원 in Excel. */
export function awardXlsxColumns(kindLabels: Record<AgencyKind, string>): XlsxColumn<PublicAward>[] {
  return awardCsvColumns(kindLabels).map((c) => ({
    ...c,
    ...(c.header === INCENTIVE ? { numFmt: MILLION_WON_FORMAT } : {}),
    ...(WIDTHS[c.header] ? { width: WIDTHS[c.header] } : {}),
  }));
}

// The sum row reads only the headers, which do not depend on the labels.
const HEADERS = awardCsvColumns({ central: "", province: "", public: "", international: "" }).map((c) => c.header);

/** 합계 | n건 | … | the incentive total in 백만원, summed in won by the caller so the figure is exact. */
export function awardSumRow(count: number, incentiveMillionWon: number): CsvCell[] {
  return HEADERS.map((header, i) =>
    i === 0 ? SUM_ROW_LABEL : header === "수상명" ? `${count}건` : header === INCENTIVE ? incentiveMillionWon : null,
  );
}

/** ASCII, for Content-Disposition: awards-2023.xlsx, or awards.xlsx for all years. */
export function awardsXlsxFilename(year: number | undefined): string {
  return year ? `awards-${year}.xlsx` : "awards.xlsx";
}
