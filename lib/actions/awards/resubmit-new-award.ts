"use server";

import { z } from "zod";
import { isStaff } from "@/lib/auth/permissions";
import { awardContent } from "@/lib/data/award-records";
import { resubmitNewAward } from "@/lib/data/submissions";
import { awardFormSchema } from "@/lib/validations/award";
import { idField, versionField } from "@/lib/validations/text";
import { formAction } from "../form-action";

export const resubmitNewAwardAction = formAction({
  schema: awardFormSchema.extend({ submissionId: idField("제출"), submissionVersion: versionField }),
  allow: isStaff,
  run: (viewer, input, ctx) =>
    resubmitNewAward(
      viewer,
      { submissionId: input.submissionId, submissionVersion: input.submissionVersion, content: awardContent(input) },
      ctx,
    ),
});
