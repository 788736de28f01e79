import { z } from "zod";
import { idField, optionalField, optionalText } from "./text";
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
/** The reason a 증빙 첨부 요청 return gives; a note typed beside it follows. */
export const EVIDENCE_REQUEST = "증빙 첨부 요청";

/** A return needs a reason, except "증빙 첨부 요청", which is its own reason (a typed note is added to it). */
export const returnSchema = z
  .object({
    selected: selection,
    request: optionalField(z.enum(["evidence"], { error: "요청이 올바르지 않습니다." })),
    reason: optionalText("반려 사유", 480),
  })
  .transform((f, ctx) => {
    if (f.request === "evidence")
      return { selected: f.selected, reason: f.reason ? `${EVIDENCE_REQUEST}: ${f.reason}` : EVIDENCE_REQUEST };
    if (!f.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "반려 사유를 입력해 주세요." });
      return z.NEVER;
    }
    return { selected: f.selected, reason: f.reason };
  });
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
