"use server";

import { deleteEditionPoint } from "@/lib/data/editions";
import { deletePointSchema } from "@/lib/validations/edition";
import { formAction } from "../form-action";

export const deletePointAction = formAction({
  schema: deletePointSchema,
  allow: "edition.edit",
  run: async (viewer, input, ctx) => {
    const write = await deleteEditionPoint(viewer, input, ctx);
    if (write.kind === "proposed")
      return { tags: write.tags, message: "삭제를 제출했습니다. 다른 기획 담당자가 승인하면 공개 화면에서 빠집니다." };
    const { count, tags } = write;
    return {
      tags,
      message: count > 1 ? `서술 항목과 하위 항목 ${count - 1}개를 삭제했습니다.` : "서술 항목을 삭제했습니다.",
    };
  },
});
