"use server";

import { saveAwardWithEvidence } from "@/lib/data/award-evidence";
import { saveAwardSchema } from "@/lib/validations/award";
import { formAction } from "../form-action";
import { awardOutcome } from "./award-outcome";

export const saveAwardAction = formAction({
  schema: saveAwardSchema,
  allow: "workspace.use",
  run: async (viewer, { evidence, ...input }, ctx) =>
    awardOutcome(await saveAwardWithEvidence(viewer, input, evidence, ctx)),
});
