"use server";

import { z } from "zod";
import { isStaff } from "@/lib/auth/permissions";
import { deleteAward } from "@/lib/data/award-edits";
import { proposalBaseField } from "@/lib/validations/proposal";
import { idField, versionField } from "@/lib/validations/text";
import { formAction } from "../form-action";
import { awardOutcome } from "./award-outcome";

export const deleteAwardAction = formAction({
  schema: z.object({ id: idField("수상 실적"), version: versionField, submissionVersion: proposalBaseField }),
  allow: isStaff,
  run: (viewer, input, ctx) => awardOutcome(deleteAward(viewer, input, ctx)),
});
