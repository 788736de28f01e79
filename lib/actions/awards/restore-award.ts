"use server";

import { z } from "zod";
import { isPlanner } from "@/lib/auth/permissions";
import { restoreAward } from "@/lib/data/award-edits";
import { idField } from "@/lib/validations/text";
import { formAction } from "../form-action";
import { awardOutcome } from "./award-outcome";

export const restoreAwardAction = formAction({
  schema: z.object({ id: idField("수상 실적") }),
  allow: isPlanner,
  run: (viewer, input, ctx) => awardOutcome(restoreAward(viewer, input, ctx)),
});
