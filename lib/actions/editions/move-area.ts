"use server";

import { moveEditionArea } from "@/lib/data/editions";
import { moveAreaSchema } from "@/lib/validations/edition";
import { formAction } from "../form-action";

export const moveAreaAction = formAction({
  schema: moveAreaSchema,
  allow: "edition.edit",
  run: async (viewer, input, ctx) => {
    const { kind, tags } = await moveEditionArea(viewer, input, ctx);
    return { tags, message: kind === "moved" ? "분야 순서를 바꿨습니다." : "더 옮길 자리가 없습니다." };
  },
});
