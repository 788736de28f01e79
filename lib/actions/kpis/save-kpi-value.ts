"use server";

import { isStaff } from "@/lib/auth/permissions";
import { saveKpiValue } from "@/lib/data/kpi-edits";
import { kpiValueFormSchema } from "@/lib/validations/kpi";
import { formAction } from "../form-action";

export const saveKpiValueAction = formAction({ schema: kpiValueFormSchema, allow: isStaff, run: saveKpiValue });
