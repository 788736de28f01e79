"use server";

import { FieldError } from "@/lib/errors";
import { setYearStatus } from "@/lib/data/years";
import { yearStatusSchema } from "@/lib/validations/review";
import { formAction } from "../form-action";

export const setYearStatusAction = formAction({
  schema: yearStatusSchema,
  allow: "year.set-status",
  run: async (viewer, input, ctx) => {
    if (input.status === "open" && !input.reason)
      throw new FieldError({ reason: ["마감을 해제하는 사유를 입력해 주세요."] });
    const { kind, year, tags } = await setYearStatus(viewer, input, ctx);
    return { tags, message: kind === "closed" ? `${year}년을 마감했습니다.` : `${year}년 마감을 해제했습니다.` };
  },
});
