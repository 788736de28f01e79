"use server";

import { FieldError } from "@/lib/errors";
import { setYearStatus } from "@/lib/data/years";
import { yearStatusSchema } from "@/lib/validations/review";
import { formAction } from "../form-action";

export const setYearStatusAction = formAction({
  schema: yearStatusSchema,
  allow: "year.set-status",
  // Closing freezes a year's published record and shows it closed on the public dashboard.
  confirm: (input) =>
    input.status === "closed"
      ? {
          question:
            `${input.year}년을 마감하면 그해 수상 실적을 추가·수정·삭제할 수 없고, 공개 대시보드에 마감으로 ` +
            "표시됩니다. 마감을 해제하려면 공개되는 사유가 필요합니다. 마감할까요?",
          label: `예, ${input.year}년을 마감합니다`,
        }
      : null,
  run: async (viewer, input, ctx) => {
    if (input.status === "open" && !input.reason)
      throw new FieldError({ reason: ["마감을 해제하는 사유를 입력해 주세요."] });
    const { kind, year, tags } = await setYearStatus(viewer, input, ctx);
    return { tags, message: kind === "closed" ? `${year}년을 마감했습니다.` : `${year}년 마감을 해제했습니다.` };
  },
});
