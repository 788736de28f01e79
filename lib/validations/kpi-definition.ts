import { z } from "zod";
import { MONEY_STYLES } from "@/db/schema";
import { parseKoreanNumber } from "./number";
import { periodFormShape, readPeriodForm, type KpiPeriod } from "./period";
import { proposalBaseField } from "./proposal";
import { idField, optionalField, optionalText, requiredText, versionField } from "./text";

/** "도내 2위" is a comparison; "전국 0.778명" a reference value with its unit, as the source prints them. */
export type KpiNoteInput = {
  kind: "comparison" | "reference";
  label: string;
  value: string | null;
  unit: string | null;
};

export const KPI_NOTES_MAX = 10;
const NOTE_MAX = 50;

const lines = (v: unknown) =>
  typeof v === "string"
    ? v
        .split(/\r?\n/)
        .map((l) => l.normalize("NFC").trim())
        .filter(Boolean)
    : [];

/** One comparison a line: "도내 2위", "전국 1위". */
export const comparisonsField = z
  .unknown()
  .optional()
  .transform((v, ctx): KpiNoteInput[] => {
    const out = lines(v);
    if (out.length > KPI_NOTES_MAX)
      ctx.addIssue({ code: "custom", message: `비교는 ${KPI_NOTES_MAX}줄까지 적을 수 있습니다.` });
    for (const l of out)
      if (l.length > NOTE_MAX)
        ctx.addIssue({ code: "custom", message: `비교 한 줄은 ${NOTE_MAX}자 이내로 적어 주세요.` });
    return out.map((label) => ({ kind: "comparison", label, value: null, unit: null }));
  });

/** One reference value a line: a label, the number and its unit ("전국 0.778명", "충북도 0.871 명"). */
export const referencesField = z
  .unknown()
  .optional()
  .transform((v, ctx): KpiNoteInput[] => {
    const out: KpiNoteInput[] = [];
    const all = lines(v);
    if (all.length > KPI_NOTES_MAX)
      ctx.addIssue({ code: "custom", message: `참고 값은 ${KPI_NOTES_MAX}줄까지 적을 수 있습니다.` });
    for (const l of all) {
      const m = /^(.+?)\s+(\S+(?:\s*\S+)?)$/.exec(l);
      const parsed = m ? parseKoreanNumber(m[2], { anyUnit: true, allowNegative: true, maxDecimals: 4 }) : null;
      if (!m || !parsed?.ok || m[1].length > NOTE_MAX) {
        ctx.addIssue({
          code: "custom",
          message: `참고 값 「${l}」을 "전국 0.778명"처럼 이름, 숫자, 단위로 적어 주세요.`,
        });
        continue;
      }
      out.push({ kind: "reference", label: m[1], value: parsed.value, unit: parsed.unit });
    }
    return out;
  });

const numberOrEmpty = (label: string) =>
  z
    .unknown()
    .optional()
    .transform((v, ctx): { value: string; unit: string | null } | null => {
      const text = typeof v === "string" ? v.trim() : "";
      if (text === "") return null;
      const parsed = parseKoreanNumber(text, { label, anyUnit: true, allowNegative: true, maxDecimals: 4 });
      if (parsed.ok) return { value: parsed.value, unit: parsed.unit };
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    });

/**
 * A new KPI: what it measures, in which unit and policy area, for which department, its target and
 * source, and optionally its first figure with the notes the source prints beside it. Money is
 * typed in 억원 or 만원 (its money style) and kept in won, like every KPI value.
 */
export const kpiDefinitionFormSchema = z
  .object({
    submissionVersion: proposalBaseField,
    departmentId: idField("담당부서"),
    areaId: idField("정책 분야"),
    name: requiredText("지표명", 100),
    unit: requiredText("단위", 20),
    moneyStyle: optionalField(z.enum(MONEY_STYLES, { error: "금액 표기를 다시 골라 주세요." })),
    target: numberOrEmpty("목표"),
    targetLabel: optionalText("목표 설명", 50),
    source: requiredText("출처", 200),
    value: numberOrEmpty("첫 값"),
    comparisons: comparisonsField,
    references: referencesField,
    ...periodFormShape,
    // A form sends "" when no kind is chosen, which is fine while no first value is given.
    periodKind: optionalField(periodFormShape.periodKind),
  })
  .transform((f, ctx) => {
    if (f.unit === "원" && !f.moneyStyle)
      ctx.addIssue({
        code: "custom",
        path: ["moneyStyle"],
        message: "금액 지표는 억원·만원·조원 중 표기를 골라 주세요.",
      });
    const notes = [...f.comparisons, ...f.references];
    if (f.value === null && notes.length)
      ctx.addIssue({ code: "custom", path: ["value"], message: "비교·참고 값은 첫 값과 함께 입력해 주세요." });
    if (f.targetLabel && !f.target)
      ctx.addIssue({ code: "custom", path: ["target"], message: "목표 설명을 적었다면 목표 값도 입력해 주세요." });
    let period: KpiPeriod | null = null;
    if (f.value !== null) {
      if (!f.periodKind)
        ctx.addIssue({ code: "custom", path: ["periodKind"], message: "첫 값의 기간 종류를 선택해 주세요." });
      else period = readPeriodForm({ ...f, periodKind: f.periodKind }, ctx);
    }
    return {
      submissionVersion: f.submissionVersion,
      departmentId: f.departmentId,
      areaId: f.areaId,
      name: f.name,
      unit: f.unit,
      moneyStyle: f.unit === "원" ? (f.moneyStyle ?? null) : null,
      target: f.target,
      targetLabel: f.targetLabel,
      source: f.source,
      first: f.value && period ? { value: f.value, period, notes } : null,
    };
  });

export type KpiDefinitionForm = z.output<typeof kpiDefinitionFormSchema>;

/** A KPI's target and source, corrected: by proposal for its department's officers, at once for planners. */
export const kpiTargetFormSchema = z
  .object({
    kpiId: idField("지표"),
    version: versionField,
    submissionVersion: proposalBaseField,
    target: numberOrEmpty("목표"),
    targetLabel: optionalText("목표 설명", 50),
    source: requiredText("출처", 200),
  })
  .superRefine((f, ctx) => {
    if (f.targetLabel && !f.target)
      ctx.addIssue({ code: "custom", path: ["target"], message: "목표 설명을 적었다면 목표 값도 입력해 주세요." });
  });

export type KpiTargetForm = z.output<typeof kpiTargetFormSchema>;
