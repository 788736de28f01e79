"use server";

import { saveAward } from "@/lib/data/award-edits";
import { saveAwardSchema } from "@/lib/validations/award";
import { formAction } from "../form-action";
import { awardOutcome } from "./award-outcome";

export const saveAwardAction = formAction({
  schema: saveAwardSchema,
  allow: "workspace.use",
  run: async (viewer, input, ctx) => awardOutcome(await saveAward(viewer, input, ctx)),
});
