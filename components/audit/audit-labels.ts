/** The kinds of record the audit log names, in the order the filter offers them. */
export const AUDIT_ENTITY_TYPES = [
  "award",
  "submission",
  "import",
  "kpi_value",
  "user",
  "year",
  "department",
  "agency",
  "organisation",
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const AUDIT_ENTITY_LABELS: Record<AuditEntityType, string> = {
  award: "수상 실적",
  submission: "제출",
  import: "일괄 등록",
  kpi_value: "지표 값",
  user: "계정",
  year: "연도",
  department: "부서",
  agency: "주관기관",
  organisation: "기관 정보",
};

/** Korean names for the action codes the data layer writes (recordAudit calls in lib/data). */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.login": "로그인",
  "auth.logout": "로그아웃",
  "auth.login_failed": "로그인 실패",
  "auth.lockout": "계정 잠김(연속 실패)",
  "auth.locked_attempt": "잠긴 계정 로그인 시도",
  "auth.rate_limited": "접속 주소 시도 제한",
  "auth.password_check_failed": "비밀번호 변경 중 현재 비밀번호 불일치",
  "auth.two_factor_started": "일회용 코드 등록 시작",
  "auth.two_factor_enrolled": "일회용 코드 등록",
  "auth.two_factor_failed": "일회용 코드 불일치",
  "auth.two_factor_reset": "일회용 코드 초기화",
  "award.create": "수상 실적 추가",
  "award.update": "수상 실적 수정",
  "award.delete": "수상 실적 삭제",
  "award.restore": "수상 실적 복구",
  "import.publish": "일괄 등록 게시",
  "import.undo": "일괄 등록 되돌리기",
  "submission.create": "제출",
  "submission.update": "제출 내용 수정",
  "submission.approve": "제출 승인",
  "submission.return": "제출 반려",
  "kpi_value.publish": "지표 값 게시",
  "year.close": "연도 마감",
  "year.reopen": "연도 마감 해제",
  "user.create": "계정 만들기",
  "user.activate": "계정 활성화",
  "user.deactivate": "계정 비활성화",
  "user.reset_password": "임시 비밀번호 설정",
  "user.change_password": "비밀번호 변경",
  "user.move_department": "부서 이동",
  "department.rename": "부서 명칭 변경",
  "organisation.update": "기관 정보 변경",
  "organisation.setup": "기관 정보 설정",
  "agency.rename": "주관기관 명칭 변경",
};

/** A code added later without a label still shows, as itself, rather than as a blank cell. */
export function auditActionLabel(code: string): string {
  return AUDIT_ACTION_LABELS[code] ?? code;
}

export function auditEntityLabel(type: string): string {
  return AUDIT_ENTITY_LABELS[type as AuditEntityType] ?? type;
}
