import "server-only";
import { YEAR_MIN, awardYearMax } from "@/lib/validations/year";
import { listAgencies, listDepartments, listGrades } from "./public-registry";

/**
 * The choices the award form offers: active bodies and departments (a deactivated one stays on the
 * records that have it, so an award being edited keeps its own), grades in use.
 */
export async function awardFormOptions(keep: { agencyId?: number; departmentIds?: readonly number[] } = {}) {
  const [agencies, departments, grades] = await Promise.all([listAgencies(), listDepartments(), listGrades()]);
  return {
    agencies: agencies.filter((a) => a.active || a.id === keep.agencyId),
    departments: departments.filter((d) => d.active || keep.departmentIds?.includes(d.id)),
    grades,
    yearMin: YEAR_MIN,
    yearMax: awardYearMax(),
  };
}
