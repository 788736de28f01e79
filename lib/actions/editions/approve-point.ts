"use server";

import { approvePointProposal } from "@/lib/data/edition-proposals";
import { approvePointSchema } from "@/lib/validations/edition";
import { formAction } from "../form-action";

export const approvePointAction = formAction({
  schema: approvePointSchema,
  allow: "submission.approve",
  run: async (viewer, input, ctx) => {
    const { tags } = await approvePointProposal(viewer, input, ctx);
    return { tags, message: "제안된 서술 항목을 승인해 판에 넣었습니다." };
  },
});
