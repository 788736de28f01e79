"use server";

import { z } from "zod";
import { attachEvidence } from "@/lib/data/evidence";
import { idField } from "@/lib/validations/text";
import { formAction } from "../form-action";

export const attachEvidenceAction = formAction({
  schema: z.object({
    awardId: idField("수상 실적"),
    file: z.instanceof(File, { error: "증빙 파일을 골라 주세요." }),
  }),
  allow: "workspace.use",
  run: async (viewer, input, ctx) => {
    const write = await attachEvidence(viewer, { awardId: input.awardId }, input.file, ctx);
    return {
      tags: write.tags,
      message: "증빙 파일을 붙였습니다.",
      redirectTo: `/workspace/awards/${input.awardId}/edit?notice=evidence`,
    };
  },
});
