"use server";

import { isStaff } from "@/lib/auth/permissions";
import { saveAward } from "@/lib/data/award-edits";
import { awardFormSchema } from "@/lib/validations/award";
import { proposalBaseField } from "@/lib/validations/proposal";
import { formAction } from "../form-action";
import { awardOutcome } from "./award-outcome";

const schema = awardFormSchema.extend({ submissionVersion: proposalBaseField });

export const saveAwardAction = formAction({
  schema,
  allow: isStaff,
  run: (viewer, input, ctx) => awardOutcome(saveAward(viewer, input, ctx)),
});
