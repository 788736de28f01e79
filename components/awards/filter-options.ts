import type { RegistryAgency, RegistryDepartment } from "@/lib/data/public-registry";
import { listAgencies, listDepartments, listGrades } from "@/lib/data/public-registry";
import { listAwardYears } from "@/lib/data/public-summary";

export type AwardFilterOptions = {
  /** Years with per-award rows; a totals-only year (2022) would only ever list nothing. */
  years: number[];
  agencies: RegistryAgency[];
  departments: RegistryDepartment[];
  /** Every grade printed in any year, most common first. */
  grades: string[];
};

/** The filter choices, each from one small cached read (not from every year's summary). */
export async function loadAwardFilterOptions(): Promise<AwardFilterOptions> {
  const [years, agencies, departments, grades] = await Promise.all([
    listAwardYears(),
    listAgencies(),
    listDepartments(),
    listGrades(),
  ]);
  return { years, agencies, departments, grades };
}
