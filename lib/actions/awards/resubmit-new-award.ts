"use server";

import { awardContent } from "@/lib/data/award-records";
import { resubmitNewAward } from "@/lib/data/submissions";
import { awardFormSchema } from "@/lib/validations/award";
import { idField, versionField } from "@/lib/validations/text";
import { formAction } from "../form-action";

export const resubmitNewAwardAction = formAction({
  schema: awardFormSchema.extend({ submissionId: idField("제출"), submissionVersion: versionField }),
  allow: "workspace.use",
  run: async (viewer, input, ctx) => {
    const { submissionId, submissionVersion } = input;
    const write = await resubmitNewAward(
      viewer,
      { submissionId, submissionVersion, content: awardContent(input) },
      ctx,
    );
    return { tags: write.tags, message: "다시 제출했습니다.", redirectTo: "/workspace/submissions?notice=submitted" };
  },
});
