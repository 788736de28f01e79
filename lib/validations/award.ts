import { z } from "zod";
import { AGENCY_KINDS } from "@/db/schema";
import { proposalBaseField } from "./proposal";
import { parseMillionWon } from "@/lib/money";
import { parseKoreanNumber, type KoreanNumberOptions } from "./number";
import { idField, optionalField, optionalText, requiredText, versionField } from "./text";
import { optionalDateField } from "./date";
import { optionalEvidenceFile } from "./evidence";
import { awardYearField } from "./year";

/** 비고 is a remark, not a document: one line, bounded like the title's neighbours. */
export const REMARKS_MAX = 500;

const INCENTIVE_NUMBER: KoreanNumberOptions = {
  label: "인센티브",
  units: ["백만원"],
  maxDecimals: 1,
  maxIntegerDigits: 9,
  step: "0.1백만원 단위",
};

/** 인센티브(백만원): empty or "-" is "none"; otherwise ≥ 0 with at most one decimal, as Korean staff type it. */
export const incentiveField = z
  .string({ error: "인센티브는 숫자로 입력해 주세요." })
  .optional()
  .transform((s, ctx) => {
    const text = (s ?? "").trim();
    if (text === "" || text === "-") return null;
    const result = parseKoreanNumber(text, INCENTIVE_NUMBER);
    // The parser's canonical decimal is what parseMillionWon reads exactly.
    const won = result.ok ? parseMillionWon(result.value) : null;
    if (won === null) {
      ctx.addIssue({ code: "custom", message: result.ok ? "인센티브가 너무 큽니다." : result.message });
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

/**
 * The award form's fields (연도, 수상명, 주관기관, 등급, 인센티브(백만원), 담당부서, 수상일, 비고), shared by
 * the form, its action and the bulk import. Keys are the form's field names; `incentive` is typed in
 * 백만원 and comes out as integer won (null for none); `awardedOn` comes out as YYYY-MM-DD or null.
 * Use it through `awardFormSchema` (or extend it and add `awardDateInYear`), which checks the date's year.
 */
export const awardFormFields = z.object({
  id: optionalField(idField("수상 실적")),
  version: optionalField(versionField),
  year: awardYearField(),
  title: requiredText("수상명", 200),
  agencyId: idField("주관기관"),
  grade: optionalText("등급", 50),
  incentive: incentiveField,
  departmentIds,
  awardedOn: optionalDateField("수상일"),
  remarks: optionalText("비고", REMARKS_MAX),
});

/** An award of 2023 was received in 2023: a 수상일 in another year is a typing mistake in one of the two. */
export function awardDateInYear(v: { year: number; awardedOn: string | null }, ctx: z.RefinementCtx): void {
  if (v.awardedOn && Number(v.awardedOn.slice(0, 4)) !== v.year)
    ctx.addIssue({ code: "custom", path: ["awardedOn"], message: `수상일은 ${v.year}년 안의 날짜여야 합니다.` });
}

export const awardFormSchema = awardFormFields.superRefine(awardDateInYear);

type ParsedAward = z.output<typeof awardFormSchema>;
/**
 * An award's fields as the data layer takes them. 수상일 and 비고 may be absent: proposals written
 * before they existed lack them, and absent means none.
 */
export type AwardInput = Omit<ParsedAward, "awardedOn" | "remarks"> &
  Partial<Pick<ParsedAward, "awardedOn" | "remarks">>;

/** The award form as its action receives it: with the version of the open proposal being edited. */
export const saveAwardSchema = awardFormFields
  .extend({ submissionVersion: proposalBaseField, evidence: optionalEvidenceFile })
  .superRefine(awardDateInYear);

export const deleteAwardSchema = z.object({
  id: idField("수상 실적"),
  version: versionField,
  submissionVersion: proposalBaseField,
});

export const restoreAwardSchema = z.object({ id: idField("수상 실적") });

/**
 * An award from a body the registry does not have yet: the award form with the body's name and kind
 * in place of the body chosen from the list (lib/data/agency-proposals.ts).
 */
export const awardWithNewAgencySchema = awardFormFields
  .omit({ id: true, version: true, agencyId: true })
  .extend({
    newAgencyName: requiredText("새 주관기관 이름", 60),
    newAgencyKind: z.enum(AGENCY_KINDS, { error: "기관 구분을 선택해 주세요." }),
  })
  .superRefine(awardDateInYear);
