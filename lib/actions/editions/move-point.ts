"use server";

import { moveEditionPoint } from "@/lib/data/editions";
import { movePointSchema } from "@/lib/validations/edition";
import { formAction } from "../form-action";

export const movePointAction = formAction({
  schema: movePointSchema,
  allow: "edition.edit",
  run: async (viewer, input, ctx) => {
    const { kind, tags } = await moveEditionPoint(viewer, input, ctx);
    return { tags, message: kind === "moved" ? "서술 항목 순서를 바꿨습니다." : "더 옮길 자리가 없습니다." };
  },
});
