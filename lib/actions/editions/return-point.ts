"use server";

import { returnPointProposal } from "@/lib/data/edition-proposals";
import { returnPointSchema } from "@/lib/validations/edition";
import { formAction } from "../form-action";

export const returnPointAction = formAction({
  schema: returnPointSchema,
  allow: "submission.return",
  run: async (viewer, input, ctx) => {
    const { tags } = await returnPointProposal(viewer, input, ctx);
    return { tags, message: "제안을 반려했습니다." };
  },
});
