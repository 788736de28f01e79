"use server";

import { proposeEditionPoint } from "@/lib/data/edition-proposals";
import { newPointSchema } from "@/lib/validations/edition";
import { formAction } from "../form-action";

export const proposePointAction = formAction({
  schema: newPointSchema,
  allow: "edition.propose",
  run: async (viewer, input, ctx) => {
    const { tags } = await proposeEditionPoint(viewer, input, ctx);
    return { tags, message: "서술 항목을 제안했습니다. 검토 부서가 승인하면 게시됩니다." };
  },
});
