"use server";

import { addEditionPoint } from "@/lib/data/editions";
import { newPointSchema } from "@/lib/validations/edition";
import { formAction } from "../form-action";

export const addPointAction = formAction({
  schema: newPointSchema,
  allow: "edition.edit",
  run: async (viewer, input, ctx) => {
    const { tags } = await addEditionPoint(viewer, input, ctx);
    return { tags, message: "서술 항목을 추가했습니다." };
  },
});
