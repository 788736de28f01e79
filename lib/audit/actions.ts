/**
 * Every action the audit log records, one code each. recordAudit takes only these, so a new code
 * needs a label here before it can be written (the compiler checks the Record below).
 */
export const AUDIT_ACTIONS = [
  "auth.login",
  "auth.logout",
  "auth.login_failed",
  "auth.lockout",
  "auth.locked_attempt",
  "auth.rate_limited",
  "auth.password_check_failed",
  "auth.two_factor_started",
  "auth.two_factor_enrolled",
  "auth.two_factor_failed",
  "auth.two_factor_reset",
  "award.create",
  "award.update",
  "award.delete",
  "award.restore",
  "award.mark_distinct",
  "submission.create",
  "submission.update",
  "submission.approve",
  "submission.return",
  "kpi_value.publish",
  "year.close",
  "year.reopen",
  "user.create",
  "user.activate",
  "user.deactivate",
  "user.reset_password",
  "user.change_password",
  "user.move_department",
  "user.set_role",
  "department.rename",
  "organisation.update",
  "organisation.setup",
  "agency.rename",
  "import.publish",
  "import.undo",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Korean names for the codes, as the audit log shows them. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
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
  "award.mark_distinct": "중복 아님 표시",
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
  "user.set_role": "역할 변경",
  "department.rename": "부서 명칭 변경",
  "organisation.update": "기관 정보 변경",
  "organisation.setup": "기관 정보 설정",
  "agency.rename": "주관기관 명칭 변경",
  "import.publish": "일괄 등록 게시",
  "import.undo": "일괄 등록 되돌리기",
};

export function isAuditAction(code: string): code is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_LABELS, code);
}

/** Rows written before a code was retired still show, as the code itself, rather than as a blank cell. */
export function auditActionLabel(code: string): string {
  return isAuditAction(code) ? AUDIT_ACTION_LABELS[code] : code;
}
