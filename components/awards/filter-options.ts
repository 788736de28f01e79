import type { AgencyKind } from "@/db/schema";
import { getOrganisation } from "@/lib/data/organisation";
import type { RegistryAgency, RegistryDepartment } from "@/lib/data/public-registry";
import { listAgencies, listDepartments, listGrades } from "@/lib/data/public-registry";
import { listAwardYears } from "@/lib/data/public-summary";
import { agencyKindLabels } from "@/lib/organisation";

export type AwardFilterOptions = {
  /** Years with per-award rows; a totals-only year (2022) would only ever list nothing. */
  years: number[];
  agencies: RegistryAgency[];
  departments: RegistryDepartment[];
  /** Every grade printed in any year, most common first. */
  grades: string[];
  /** Names of the kinds of body; the province kind carries the organisation's province. */
  kindLabels: Record<AgencyKind, string>;
};

/** The filter choices, each from one small cached read (not from every year's summary). */
export async function loadAwardFilterOptions(): Promise<AwardFilterOptions> {
  const [years, agencies, departments, grades, org] = await Promise.all([
    listAwardYears(),
    listAgencies(),
    listDepartments(),
    listGrades(),
    getOrganisation(),
  ]);
  return { years, agencies, departments, grades, kindLabels: agencyKindLabels(org.province) };
}
