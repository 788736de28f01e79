"use server";

import { isStaff } from "@/lib/auth/permissions";
import { saveAward } from "@/lib/data/award-edits";
import { saveAwardSchema } from "@/lib/validations/award";
import { formAction } from "../form-action";

export const saveAwardAction = formAction({ schema: saveAwardSchema, allow: isStaff, run: saveAward });
