"use server";

import { publishEdition } from "@/lib/data/editions";
import { publishEditionSchema } from "@/lib/validations/edition";
import { formAction } from "../form-action";

export const publishEditionAction = formAction({
  schema: publishEditionSchema,
  allow: "edition.edit",
  run: async (viewer, input, ctx) => {
    const { year, tags } = await publishEdition(viewer, input, ctx);
    return { tags, message: `${year}년 판을 게시했습니다. 이제 누구나 볼 수 있습니다.` };
  },
});
