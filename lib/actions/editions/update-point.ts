"use server";

import { updateEditionPoint } from "@/lib/data/editions";
import { pointTextSchema } from "@/lib/validations/edition";
import { formAction } from "../form-action";

export const updatePointAction = formAction({
  schema: pointTextSchema,
  allow: "edition.edit",
  run: async (viewer, input, ctx) => {
    const { tags } = await updateEditionPoint(viewer, input, ctx);
    return { tags, message: "서술 항목을 저장했습니다." };
  },
});
