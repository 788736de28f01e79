"use server";

import { addEditionPoint } from "@/lib/data/editions";
import { newPointSchema } from "@/lib/validations/edition";
import { formAction } from "../form-action";

export const addPointAction = formAction({
  schema: newPointSchema,
  allow: "edition.edit",
  run: async (viewer, input, ctx) => {
    const write = await addEditionPoint(viewer, input, ctx);
    if (write.kind === "proposed")
      return { tags: write.tags, message: "서술 항목을 제출했습니다. 다른 기획 담당자가 승인하면 게시됩니다." };
    return { tags: write.tags, message: "서술 항목을 추가했습니다." };
  },
});
