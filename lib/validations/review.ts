import { z } from "zod";
import { idField, optionalText, requiredText } from "./text";
import { yearParam } from "./year";

/** "12:3" pairs of submission id and the version the reviewer saw, one per checked row. */
const selection = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(
      z
        .string({ error: "선택 값이 올바르지 않습니다." })
        .regex(/^\d{1,10}:\d{1,10}$/, { error: "선택 값이 올바르지 않습니다." }),
      {
        error: "처리할 제출 내용을 선택해 주세요.",
      },
    )
    .min(1, { error: "처리할 제출 내용을 하나 이상 선택해 주세요." })
    .max(200, { error: "한 번에 200건까지 처리할 수 있습니다." })
    .transform((items) =>
      items.map((item) => ({ id: Number(item.split(":")[0]), version: Number(item.split(":")[1]) })),
    ),
);

export const approveSchema = z.object({ selected: selection });
export const returnSchema = z.object({ selected: selection, reason: requiredText("반려 사유", 500) });
export const yearStatusSchema = z.object({
  year: yearParam,
  status: z.enum(["open", "closed"], { error: "마감 상태 값이 올바르지 않습니다." }),
  reason: optionalText("사유", 500),
});

/** Two published awards a reviewer judged to be different awards, not a duplicate. */
export const distinctPairSchema = z.object({
  awardId: idField("수상 실적"),
  otherAwardId: idField("비교할 수상 실적"),
});
