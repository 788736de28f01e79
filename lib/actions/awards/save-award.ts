"use server";

import { z } from "zod";
import { isStaff } from "@/lib/auth/permissions";
import { saveAward } from "@/lib/data/award-edits";
import { awardFormSchema } from "@/lib/validations/award";
import { versionField } from "@/lib/validations/text";
import { formAction } from "../form-action";

const schema = awardFormSchema.extend({
  submissionVersion: z.preprocess((v) => (v === "" || v === undefined ? undefined : v), versionField.optional()),
});

export const saveAwardAction = formAction({ schema, allow: isStaff, run: saveAward });
