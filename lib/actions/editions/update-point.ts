"use server";

import { updateEditionPoint } from "@/lib/data/editions";
import { pointTextSchema } from "@/lib/validations/edition";
import { formAction } from "../form-action";

export const updatePointAction = formAction({
  schema: pointTextSchema,
  allow: "edition.edit",
  run: async (viewer, input, ctx) => {
    const write = await updateEditionPoint(viewer, input, ctx);
    if (write.kind === "proposed")
      return { tags: write.tags, message: "고친 문구를 제출했습니다. 다른 기획 담당자가 승인하면 게시됩니다." };
    return { tags: write.tags, message: "서술 항목을 저장했습니다." };
  },
});
