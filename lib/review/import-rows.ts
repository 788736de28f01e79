import type { AwardContent } from "@/lib/data/award-records";
import { awardFormSchema } from "@/lib/validations/award";
import {
  AWARD_IMPORT_COLUMNS,
  DEPARTMENT_SEPARATOR,
  IMPORT_COLUMN_FIELDS,
  type ImportColumn,
} from "@/lib/validations/import";
import { matchRegistryName, spellingFlag, type CheckFlag, type NameRegistry, type RegistryName } from "./checks";
import type { RawRow } from "./import-file";

/** What is wrong with one cell: row number as the spreadsheet shows it, column name, Korean message. */
export type RowIssue = { row: number; column: ImportColumn | "ID" | "버전"; message: string };

export type ValidatedRow = { row: number; content: AwardContent | null; errors: RowIssue[]; flags: CheckFlag[] };

const COLUMN_OF_FIELD = Object.fromEntries(AWARD_IMPORT_COLUMNS.map((c) => [IMPORT_COLUMN_FIELDS[c], c])) as Record<
  string,
  ImportColumn
>;

/**
 * Maps one row's names to registry ids and validates it with the award form's own schema, so an
 * imported award meets exactly the rules of one typed into the form. An alias or a spacing
 * variant resolves to its registry entry and is flagged; an unknown name is an error.
 * `ownDepartment` is an officer's department, which every row must list (as in the form).
 */
export function validateImportRow(
  raw: RawRow,
  registry: NameRegistry,
  ownDepartment: RegistryName | null,
): ValidatedRow {
  const errors: RowIssue[] = [];
  const flags: CheckFlag[] = [];
  const issue = (column: ImportColumn, message: string) => errors.push({ row: raw.row, column, message });
  const { cells } = raw;

  let agencyId: number | "" = "";
  if (cells["주관기관"]) {
    const match = matchRegistryName(cells["주관기관"], registry.agencies, registry.agencyVariants);
    if (match.kind === "unknown")
      issue(
        "주관기관",
        `등록되지 않은 주관기관입니다: 「${cells["주관기관"]}」(사용이 중지된 기관 포함). 등록된 이름으로 고치거나, ` +
          "이 행을 빼고 ‘새 주관기관의 수상 실적 입력’에서 기관과 함께 제출해 주세요(검토 부서 승인 후 기관 목록에 " +
          "추가됩니다). 관리자는 부서·기관 관리에서 바로 추가할 수 있습니다.",
      );
    else agencyId = match.id;
    if (match.kind === "variant") flags.push(spellingFlag("agencyId", "주관기관", cells["주관기관"], match));
  }

  const departmentIds: number[] = [];
  const departmentNames = cells["담당부서"]
    .split(DEPARTMENT_SEPARATOR)
    .map((d) => d.trim())
    .filter(Boolean);
  for (const name of departmentNames) {
    const match = matchRegistryName(name, registry.departments, registry.departmentVariants);
    if (match.kind === "unknown")
      issue("담당부서", `등록되지 않은 담당부서입니다: 「${name}」. 여러 부서는 쉼표(,)로 나누어 적어 주세요.`);
    else departmentIds.push(match.id);
    if (match.kind === "variant") flags.push(spellingFlag("departmentIds", "담당부서", name, match));
  }

  const parsed = awardFormSchema.safeParse({
    year: cells["연도"],
    title: cells["수상명"],
    agencyId,
    grade: cells["등급"],
    incentive: cells["인센티브(백만원)"],
    departmentIds,
    awardedOn: cells["수상일"],
    remarks: cells["비고"],
  });
  if (!parsed.success) {
    const reported = new Set(errors.map((e) => e.column));
    for (const zodIssue of parsed.error.issues) {
      const column = COLUMN_OF_FIELD[String(zodIssue.path[0])];
      // An unknown name already said what is wrong with that column; "select one" would only confuse.
      if (column && !reported.has(column)) issue(column, zodIssue.message);
    }
  }
  if (parsed.success && ownDepartment && !parsed.data.departmentIds.includes(ownDepartment.id)) {
    issue("담당부서", `자기 부서(${ownDepartment.name})가 담당부서에 포함된 행만 올릴 수 있습니다.`);
  }
  if (!parsed.success || errors.length) return { row: raw.row, content: null, errors, flags };
  const { id: _id, version: _version, ...parsedContent } = parsed.data;
  const content: AwardContent = parsedContent;
  // A column the file lacks says nothing: undefined, so an update keeps the award's own value.
  if (raw.absent.includes("수상일")) content.awardedOn = undefined;
  if (raw.absent.includes("비고")) content.remarks = undefined;
  return { row: raw.row, content, errors, flags };
}
