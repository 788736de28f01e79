"use server";

import { deleteAward } from "@/lib/data/award-edits";
import { deleteAwardSchema } from "@/lib/validations/award";
import { formAction } from "../form-action";
import { awardOutcome } from "./award-outcome";

export const deleteAwardAction = formAction({
  schema: deleteAwardSchema,
  allow: "workspace.use",
  run: async (viewer, input, ctx) => awardOutcome(await deleteAward(viewer, input, ctx)),
});
