import type { Role, SubmissionStatus } from "@/db/schema";

/** Role names; planners are named after the organisation's review office (기획감사실, 기획예산실). */
export function roleLabels(reviewOffice: string): Record<Role, string> {
  return { officer: "부서 담당자", planner: reviewOffice, admin: "관리자" };
}

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  pending: "승인 대기",
  returned: "반려됨",
  approved: "승인됨",
  withdrawn: "철회됨",
};

export const SUBMISSION_ACTION_LABELS = { create: "추가", update: "수정", delete: "삭제" } as const;
