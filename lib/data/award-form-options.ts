import "server-only";
import { YEAR_MIN, yearMax } from "@/lib/validations/year";
import { listAgencies, listDepartments, listGrades } from "./public-registry";

/** The choices the award form offers: registry bodies and departments, grades in use. */
export async function awardFormOptions() {
  const [agencies, departments, grades] = await Promise.all([listAgencies(), listDepartments(), listGrades()]);
  return { agencies, departments, grades, yearMin: YEAR_MIN, yearMax: yearMax() };
}
