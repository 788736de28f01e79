"use server";

import { z } from "zod";
import { setEvidencePublic } from "@/lib/data/evidence";
import { idField } from "@/lib/validations/text";
import { formAction } from "../form-action";

export const setEvidencePublicAction = formAction({
  schema: z.object({
    id: idField("증빙 파일"),
    isPublic: z.enum(["true", "false"], { error: "공개 여부가 올바르지 않습니다." }).transform((v) => v === "true"),
  }),
  allow: "evidence.publish",
  run: async (viewer, input, ctx) => {
    const write = await setEvidencePublic(viewer, input, ctx);
    return {
      tags: write.tags,
      message: input.isPublic
        ? "증빙 파일을 공개했습니다. 공개 화면에서 누구나 열 수 있습니다."
        : "증빙 파일을 비공개로 돌렸습니다. 공개 화면에는 증빙이 있다는 것만 보입니다.",
    };
  },
});
