import type { PublicAward } from "@/lib/data/public-awards";
import { wonToMillionWon } from "@/lib/money";

/** An award as the open data API publishes it; null stands for the document's "-". */
export type AwardJson = {
  id: number;
  year: number;
  title: string;
  agency: string;
  agencyKind: PublicAward["agency"]["kind"];
  grade: string | null;
  incentiveWon: number | null;
  incentiveMillionWon: number | null;
  departments: string[];
  /** 수상일, YYYY-MM-DD; null where not recorded. */
  awardedOn: string | null;
  /** 비고 */
  remarks: string | null;
};

export function toAwardJson(award: PublicAward): AwardJson {
  return {
    id: award.id,
    year: award.year,
    title: award.title,
    agency: award.agency.name,
    agencyKind: award.agency.kind,
    grade: award.grade,
    incentiveWon: award.incentiveWon,
    incentiveMillionWon: award.incentiveWon === null ? null : wonToMillionWon(award.incentiveWon),
    departments: award.departments.map((d) => d.name),
    awardedOn: award.awardedOn,
    remarks: award.remarks,
  };
}
