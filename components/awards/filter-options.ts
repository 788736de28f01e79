import type { RegistryAgency, RegistryDepartment } from "@/lib/data/public-registry";
import { listAgencies, listDepartments } from "@/lib/data/public-registry";
import { getYearSummary, listPublicYears, type YearSummary } from "@/lib/data/public-summary";

export type AwardFilterOptions = {
  /** Years with per-award rows; a totals-only year (2022) would only ever list nothing. */
  years: number[];
  agencies: RegistryAgency[];
  departments: RegistryDepartment[];
  /** Every grade printed in any year, most common first. */
  grades: string[];
};

export async function loadAwardFilterOptions(): Promise<AwardFilterOptions> {
  const [years, agencies, departments] = await Promise.all([listPublicYears(), listAgencies(), listDepartments()]);
  const summaries = (await Promise.all(years.map((y) => getYearSummary(y)))).filter((s): s is YearSummary => s !== null && !s.baselineOnly);
  const gradeCounts = new Map<string, number>();
  for (const summary of summaries) {
    for (const { grade, awardCount } of summary.byGrade) {
      if (grade !== null) gradeCounts.set(grade, (gradeCounts.get(grade) ?? 0) + awardCount);
    }
  }
  const grades = [...gradeCounts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b, "ko")).map(([grade]) => grade);
  return { years: summaries.map((s) => s.year), agencies, departments, grades };
}
