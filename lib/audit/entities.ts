/** The kinds of record the audit log names, in the order the filter offers them. */
export const AUDIT_ENTITY_TYPES = [
  "award",
  "submission",
  "import",
  "kpi_value",
  "kpi",
  "evidence",
  "user",
  "year",
  "department",
  "agency",
  "organisation",
  "edition",
  "edition_area",
  "policy_point",
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const AUDIT_ENTITY_LABELS: Record<AuditEntityType, string> = {
  award: "수상 실적",
  submission: "제출",
  import: "일괄 등록",
  kpi_value: "지표 값",
  kpi: "성과 지표",
  evidence: "증빙",
  user: "계정",
  year: "연도",
  department: "부서",
  agency: "주관기관",
  organisation: "기관 정보",
  edition: "연도별 판",
  edition_area: "판의 분야",
  policy_point: "서술 항목",
};

export function auditEntityLabel(type: string): string {
  return AUDIT_ENTITY_LABELS[type as AuditEntityType] ?? type;
}
