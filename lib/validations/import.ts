import { z } from "zod";

/** The bulk import's columns, as the award export writes them (기관유형 and others are ignored). */
export const IMPORT_COLUMNS = ["연도", "수상명", "주관기관", "등급", "인센티브(백만원)", "담당부서"] as const;
/**
 * Columns a file may leave out: files made before the export carried them have neither. A missing
 * column keeps what an updated award has; an empty cell in a present column clears it.
 */
export const OPTIONAL_IMPORT_COLUMNS = ["수상일", "비고"] as const;
export type OptionalImportColumn = (typeof OPTIONAL_IMPORT_COLUMNS)[number];
/** Every column the import reads, in the export's order. */
export const AWARD_IMPORT_COLUMNS = [...IMPORT_COLUMNS, ...OPTIONAL_IMPORT_COLUMNS] as const;
export type ImportColumn = (typeof AWARD_IMPORT_COLUMNS)[number];

/** Optional columns the export adds: a row with an ID updates that award, one without adds a new one. */
export const AWARD_ID_COLUMN = "ID";
export const AWARD_VERSION_COLUMN = "버전";

/** The award form's field behind each column, so a form error lands on the right column. */
export const IMPORT_COLUMN_FIELDS: Record<
  ImportColumn,
  "year" | "title" | "agencyId" | "grade" | "incentive" | "departmentIds" | "awardedOn" | "remarks"
> = {
  연도: "year",
  수상명: "title",
  주관기관: "agencyId",
  등급: "grade",
  "인센티브(백만원)": "incentive",
  담당부서: "departmentIds",
  수상일: "awardedOn",
  비고: "remarks",
};

export const IMPORT_MAX_ROWS = 10_000;
// 10,000 rows of the export are about 1 MB as CSV and less as XLSX; the margin allows long titles.
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** Several departments in one cell, as the export writes them ("농촌지원과, 기술보급과"). */
export const DEPARTMENT_SEPARATOR = ",";

/** The upload request: the file, and `confirm=1` once the user has seen the dry run. */
export const importRequestSchema = z.object({
  file: z
    .instanceof(File, { error: "파일을 골라 주세요." })
    .refine((f) => f.size > 0, { error: "빈 파일입니다." })
    .refine((f) => f.size <= IMPORT_MAX_BYTES, {
      error: `파일은 ${IMPORT_MAX_BYTES / 1024 / 1024}MB까지 올릴 수 있습니다.`,
    })
    .refine((f) => /\.(xlsx|csv)$/i.test(f.name), { error: "XLSX 또는 CSV 파일만 올릴 수 있습니다." }),
  confirm: z.enum(["0", "1"], { error: "요청이 올바르지 않습니다." }).default("0"),
});
