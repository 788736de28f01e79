"use server";

import { isPlanner } from "@/lib/auth/permissions";
import { approveSubmissions } from "@/lib/data/submissions";
import { approveSchema } from "@/lib/validations/review";
import { formAction } from "../form-action";

export const approveSubmissionsAction = formAction({
  schema: approveSchema,
  allow: isPlanner,
  run: (viewer, input, ctx) => approveSubmissions(viewer, input.selected, ctx),
});
