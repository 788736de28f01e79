"use server";

import { startNextEdition } from "@/lib/data/editions";
import { startEditionSchema } from "@/lib/validations/edition";
import { formAction } from "../form-action";

export const startEditionAction = formAction({
  schema: startEditionSchema,
  allow: "edition.edit",
  run: async (viewer, _input, ctx) => {
    const { year, tags } = await startNextEdition(viewer, ctx);
    return { tags, message: `${year}년 판을 시작했습니다.`, redirectTo: `/workspace/editions/${year}` };
  },
});
