import { z } from "zod";
import { AGENCY_KINDS } from "@/db/schema";
import { withParticle } from "@/lib/korean";
import { idField, requiredText } from "./text";

const registryKind = z.enum(["department", "agency"], { error: "대상 종류가 올바르지 않습니다." });

/** A registry name: the same rule for a new entry, a rename and a list import. */
export const registryName = (label: string) => requiredText(label, 60);

/** The kind of an awarding body (중앙부처, 광역자치단체, 공공기관, 국제기구). */
export const agencyKindField = z.enum(AGENCY_KINDS, { error: "기관 구분을 선택해 주세요." });

/** A day as YYYY-MM-DD that really exists. */
export function dayField(label: string) {
  return (
    z
      .string({ error: `${withParticle(label, "을/를")} 입력해 주세요.` })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "날짜는 YYYY-MM-DD 형식으로 입력해 주세요." })
      // The pattern alone lets "2024-13-45" through; a real date reads back as itself.
      .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().slice(0, 10) === s, {
        error: "있는 날짜를 입력해 주세요.",
      })
  );
}

/** Renaming a department or awarding body from a date (the old name stays on earlier records). */
export const renameRegistryEntrySchema = z.object({
  kind: registryKind,
  id: idField("대상"),
  name: registryName("새 이름"),
  effectiveOn: dayField("바뀐 날짜"),
});

/** Adding a department, or a body with its kind. */
export const addRegistryEntrySchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("department"), name: registryName("부서명") }),
    z.object({ kind: z.literal("agency"), name: registryName("기관명"), agencyKind: agencyKindField }),
  ],
  // Without it a forged kind comes back as zod's English "Invalid discriminator value".
  { error: "대상 종류가 올바르지 않습니다." },
);

export const setRegistryEntryActiveSchema = z.object({
  kind: registryKind,
  id: idField("대상"),
  active: z.enum(["true", "false"], { error: "바꿀 상태가 올바르지 않습니다." }).transform((v) => v === "true"),
});

const departmentIds = (label: string) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(idField(label)).transform((ids) => [...new Set(ids)]),
  );

/**
 * 부서 통합: the departments merged, and the one that survives: an existing department (A into B)
 * or a new one named here (A and B into C).
 */
export const mergeDepartmentsSchema = z
  .object({
    fromIds: departmentIds("통합할 부서"),
    intoId: z.preprocess((v) => (v === "" ? undefined : v), idField("통합 후 부서").optional()),
    newName: z.preprocess((v) => (v === "" ? undefined : v), registryName("새 부서명").optional()),
    effectiveOn: dayField("통합한 날짜"),
  })
  .superRefine((v, ctx) => {
    if ((v.intoId === undefined) === (v.newName === undefined))
      ctx.addIssue({
        code: "custom",
        path: ["intoId"],
        message: "통합 후 부서를 고르거나 새 부서명을 입력해 주세요(둘 중 하나만).",
      });
    const from = v.fromIds.filter((id) => id !== v.intoId);
    if (from.length < (v.intoId === undefined ? 2 : 1))
      ctx.addIssue({
        code: "custom",
        path: ["fromIds"],
        message:
          v.intoId === undefined
            ? "새 부서로 합칠 부서를 두 곳 이상 고르세요."
            : "통합 후 부서로 합칠 다른 부서를 한 곳 이상 고르세요.",
      });
  });

const choiceKey = /^(award|kpi)-(\d{1,10})$/;

/**
 * 부서 분리: the department split, the names of the new departments (two or three, from the page's
 * first step), and for each of its records (fields `award-<id>`, `kpi-<id>`) the new department's
 * position in that list. The data layer checks that every record has one.
 */
export const splitDepartmentSchema = z
  .looseObject({
    fromId: idField("나눌 부서"),
    effectiveOn: dayField("나뉜 날짜"),
    targetNames: z.preprocess(
      (v) => (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v]),
      z.array(registryName("새 부서명")).min(2, { error: "나뉜 뒤의 부서를 두 곳 이상 정해 주세요." }).max(5),
    ),
  })
  .transform(({ fromId, effectiveOn, targetNames, ...rest }) => {
    const awards: Record<number, number> = {};
    const kpis: Record<number, number> = {};
    for (const [key, value] of Object.entries(rest)) {
      const match = choiceKey.exec(key);
      const choice = typeof value === "string" && /^\d$/.test(value) ? Number(value) : Number.NaN;
      if (!match || Number.isNaN(choice)) continue;
      (match[1] === "award" ? awards : kpis)[Number(match[2])] = choice;
    }
    return { fromId, effectiveOn, targets: targetNames.map((name) => ({ name })), awards, kpis };
  });

/** A registry list is small; the limit keeps an upload from costing the server more than a list would. */
export const REGISTRY_LIST_MAX_BYTES = 2 * 1024 * 1024;

/** 부서·기관 목록 일괄 등록: the file, and whether to check it (dry run) or confirm it. */
export const registryImportSchema = z.object({
  file: z
    .instanceof(File, { error: "올릴 파일을 골라 주세요." })
    .refine((f) => f.size > 0, { error: "올릴 파일을 골라 주세요." })
    .refine((f) => f.size <= REGISTRY_LIST_MAX_BYTES, {
      error: `파일은 ${REGISTRY_LIST_MAX_BYTES / 1024 / 1024}MB 이하여야 합니다.`,
    }),
  mode: z.enum(["check", "confirm"], { error: "검사하기 또는 등록하기를 눌러 주세요." }),
});
