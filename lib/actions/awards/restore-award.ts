"use server";

import { isPlanner } from "@/lib/auth/permissions";
import { restoreAward } from "@/lib/data/award-edits";
import { restoreAwardSchema } from "@/lib/validations/award";
import { formAction } from "../form-action";
import { awardOutcome } from "./award-outcome";

export const restoreAwardAction = formAction({
  schema: restoreAwardSchema,
  allow: isPlanner,
  run: (viewer, input, ctx) => awardOutcome(restoreAward(viewer, input, ctx)),
});
