"use server";

import { deleteEditionPoint } from "@/lib/data/editions";
import { deletePointSchema } from "@/lib/validations/edition";
import { formAction } from "../form-action";

export const deletePointAction = formAction({
  schema: deletePointSchema,
  allow: "edition.edit",
  run: async (viewer, input, ctx) => {
    const { count, tags } = await deleteEditionPoint(viewer, input, ctx);
    return {
      tags,
      message: count > 1 ? `서술 항목과 하위 항목 ${count - 1}개를 삭제했습니다.` : "서술 항목을 삭제했습니다.",
    };
  },
});
