"use server";

import { returnSubmissions } from "@/lib/data/submissions";
import { returnSchema } from "@/lib/validations/review";
import { formAction } from "../form-action";

export const returnSubmissionsAction = formAction({
  schema: returnSchema,
  allow: "submission.return",
  run: async (viewer, input, ctx) => {
    const { count, tags } = await returnSubmissions(viewer, input.selected, input.reason, ctx);
    return { tags, message: `${count}건을 반려했습니다.` };
  },
});
