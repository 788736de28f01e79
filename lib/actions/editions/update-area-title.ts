"use server";

import { updateEditionArea } from "@/lib/data/editions";
import { areaTitleSchema } from "@/lib/validations/edition";
import { formAction } from "../form-action";

export const updateAreaTitleAction = formAction({
  schema: areaTitleSchema,
  allow: "edition.edit",
  run: async (viewer, input, ctx) => {
    const { tags } = await updateEditionArea(viewer, input, ctx);
    return { tags, message: "분야 제목을 저장했습니다." };
  },
});
