"use server";

import { approveSubmissions } from "@/lib/data/submissions";
import { approveSchema } from "@/lib/validations/review";
import { formAction } from "../form-action";

export const approveSubmissionsAction = formAction({
  schema: approveSchema,
  allow: "submission.approve",
  run: async (viewer, input, ctx) => {
    const { count, tags } = await approveSubmissions(viewer, input.selected, ctx);
    return { tags, message: `${count}건을 승인해 게시했습니다.` };
  },
});
