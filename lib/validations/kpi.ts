import { z } from "zod";
import { idField, versionField } from "./text";

export const KPI_HALVES = { year: "연간", first: "상반기", second: "하반기" } as const;
export type KpiHalf = keyof typeof KPI_HALVES;

const DECIMAL = /^\d{1,15}(\.\d{1,4})?$/;

/** The period label and its sortable end, as the seeded record writes them ("2024", "2024 상반기"). */
export function periodOf(
  year: number,
  half: KpiHalf,
): { period: string; periodKind: "year" | "half"; periodEnd: string } {
  if (half === "year") return { period: String(year), periodKind: "year", periodEnd: `${year}-12` };
  return {
    period: `${year} ${KPI_HALVES[half]}`,
    periodKind: "half",
    periodEnd: `${year}-${half === "first" ? "06" : "12"}`,
  };
}

/** A KPI value form: 연도, 구분, 값. The value is a plain decimal in the KPI's display unit. */
export const kpiValueFormSchema = z.object({
  kpiId: idField("지표"),
  // The version of the value being corrected; absent when adding a new period.
  version: z.preprocess((v) => (v === "" || v === undefined ? undefined : v), versionField.optional()),
  year: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce
      .number({ error: "연도를 숫자로 입력해 주세요." })
      .int({ error: "연도는 정수로 입력해 주세요." })
      .min(2000, { error: "연도는 2000년 이후여야 합니다." })
      .refine((y) => y <= new Date().getFullYear() + 1, { error: "아직 오지 않은 연도입니다." }),
  ),
  half: z.enum(["year", "first", "second"], { error: "구분을 선택해 주세요." }),
  value: z
    .string({ error: "값을 입력해 주세요." })
    .transform((s) => s.trim().replaceAll(",", ""))
    .pipe(
      z
        .string()
        .min(1, { error: "값을 입력해 주세요." })
        .refine((s) => !s.startsWith("-"), { error: "값은 0 이상이어야 합니다." })
        .refine((s) => s.startsWith("-") || DECIMAL.test(s), {
          error: "값은 숫자로 입력해 주세요. 소수점 아래 4자리까지 쓸 수 있습니다.",
        }),
    ),
});

export type KpiValueForm = z.output<typeof kpiValueFormSchema>;
