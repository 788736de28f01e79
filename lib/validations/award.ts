import { z } from "zod";
import { parseMillionWon } from "@/lib/money";
import { idField, optionalText, requiredText, versionField } from "./text";

export const AWARD_YEAR_MIN = 2000;
/** Awards are entered for years that have happened, plus the next one being prepared. */
export const awardYearMax = () => new Date().getFullYear() + 1;

/** 인센티브(백만원): empty or "-" is "none"; otherwise ≥ 0 with at most one decimal. */
export const incentiveField = z
  .string({ error: "인센티브는 숫자로 입력해 주세요." })
  .optional()
  .transform((s, ctx) => {
    const text = (s ?? "").trim();
    if (text === "" || text === "-") return null;
    if (/^-/.test(text)) {
      ctx.addIssue({ code: "custom", message: "인센티브는 0 이상이어야 합니다." });
      return z.NEVER;
    }
    if (/^\d[\d,]*\.\d{2,}$/.test(text)) {
      ctx.addIssue({
        code: "custom",
        message: "인센티브는 소수점 아래 한 자리(0.1백만원 단위)까지만 입력할 수 있습니다.",
      });
      return z.NEVER;
    }
    const won = parseMillionWon(text);
    if (won === null) {
      ctx.addIssue({
        code: "custom",
        message: "인센티브는 백만원 단위 숫자로 입력해 주세요. 예: 297.2 (없으면 비워 두세요)",
      });
      return z.NEVER;
    }
    return won;
  });

const departmentIds = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(idField("담당부서"), { error: "담당부서를 선택해 주세요." })
    .min(1, { error: "담당부서를 한 곳 이상 선택해 주세요." })
    .max(10, { error: "담당부서는 10곳까지 선택할 수 있습니다." })
    .transform((ids) => [...new Set(ids)]),
);

const yearField = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.coerce
    .number({ error: "연도를 숫자로 입력해 주세요." })
    .int({ error: "연도는 정수로 입력해 주세요." })
    .min(AWARD_YEAR_MIN, { error: `연도는 ${AWARD_YEAR_MIN}년 이후여야 합니다.` })
    .refine((y) => y <= awardYearMax(), { error: `연도는 ${awardYearMax()}년 이전이어야 합니다.` }),
);

const optionalId = (label: string) =>
  z.preprocess((v) => (v === "" || v === undefined ? undefined : v), idField(label).optional());

/**
 * The award form (연도, 수상명, 주관기관, 등급, 인센티브(백만원), 담당부서), shared by the form, its
 * action and the bulk import. Keys are the form's field names; `incentive` is typed in 백만원 and
 * comes out as integer won (null for none).
 */
export const awardFormSchema = z.object({
  id: optionalId("수상 실적"),
  version: z.preprocess((v) => (v === "" || v === undefined ? undefined : v), versionField.optional()),
  year: yearField,
  title: requiredText("수상명", 200),
  agencyId: idField("주관기관"),
  grade: optionalText("등급", 50),
  incentive: incentiveField,
  departmentIds,
});

export type AwardInput = z.output<typeof awardFormSchema>;
