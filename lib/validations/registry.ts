import { z } from "zod";
import { idField, requiredText } from "./text";

/** Renaming a department or awarding body from a date (the old name stays on earlier records). */
export const renameRegistryEntrySchema = z.object({
  kind: z.enum(["department", "agency"], { error: "대상 종류가 올바르지 않습니다." }),
  id: idField("대상"),
  name: requiredText("새 이름", 60),
  effectiveOn: z
    .string({ error: "바뀐 날짜를 입력해 주세요." })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "날짜는 YYYY-MM-DD 형식으로 입력해 주세요." })
    // The pattern alone lets "2024-13-45" through; a real date reads back as itself.
    .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().slice(0, 10) === s, {
      error: "있는 날짜를 입력해 주세요.",
    }),
});
