"use server";

import { returnSubmissions } from "@/lib/data/submissions";
import { returnPointSchema } from "@/lib/validations/edition";
import { formAction } from "../form-action";

export const returnPointAction = formAction({
  schema: returnPointSchema,
  allow: "submission.return",
  run: async (viewer, input, ctx) => {
    // A proposed point is returned like any proposal: one way, one notice to its proposer.
    const { tags } = await returnSubmissions(viewer, [{ id: input.id, version: input.version }], input.reason, ctx);
    return { tags, message: "제안을 반려했습니다." };
  },
});
