"use server";

import { restoreAward } from "@/lib/data/award-edits";
import { restoreAwardSchema } from "@/lib/validations/award";
import { formAction } from "../form-action";
import { awardOutcome } from "./award-outcome";

export const restoreAwardAction = formAction({
  schema: restoreAwardSchema,
  allow: "award.restore",
  run: async (viewer, input, ctx) => awardOutcome(await restoreAward(viewer, input, ctx)),
});
