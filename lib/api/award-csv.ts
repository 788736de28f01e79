import type { CsvColumn } from "@/lib/csv";
import type { PublicAward } from "@/lib/data/public-awards";
import type { AgencyKind } from "@/db/schema";
import { wonToMillionWon } from "@/lib/money";
import { AWARD_ID_COLUMN, AWARD_VERSION_COLUMN } from "@/lib/validations/import";

/**
 * The awards download, one row per award, in the document's own terms. No incentive (the
 * document's "-") is an empty cell rather than "-", so Excel's SUM over the column still works.
 * ID and 버전 name the award and the state it was exported in, so a re-imported download updates
 * the rows it names (lib/data/import.ts) instead of adding them again.
 */
export function awardCsvColumns(kindLabels: Record<AgencyKind, string>): CsvColumn<PublicAward>[] {
  return [
    { header: "연도", value: (a) => a.year },
    { header: "수상명", value: (a) => a.title },
    { header: "주관기관", value: (a) => a.agency.name },
    { header: "기관유형", value: (a) => kindLabels[a.agency.kind] },
    { header: "등급", value: (a) => a.grade },
    { header: "인센티브(백만원)", value: (a) => (a.incentiveWon === null ? null : wonToMillionWon(a.incentiveWon)) },
    { header: "담당부서", value: (a) => a.departments.map((d) => d.name).join(", ") },
    { header: "수상일", value: (a) => a.awardedOn },
    { header: "비고", value: (a) => a.remarks },
    { header: AWARD_ID_COLUMN, value: (a) => a.id },
    { header: AWARD_VERSION_COLUMN, value: (a) => a.version },
  ];
}

/** ASCII, so it needs no encoding in Content-Disposition: awards-2023.csv, or awards.csv for all years. */
export function awardsCsvFilename(year: number | undefined): string {
  return year ? `awards-${year}.csv` : "awards.csv";
}
