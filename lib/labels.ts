import type { AgencyKind, Role, SubmissionStatus } from "@/db/schema";

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  central: "중앙정부",
  province: "충청북도",
  public: "공공기관",
  international: "국제기관",
};

export const ROLE_LABELS: Record<Role, string> = {
  officer: "부서 담당자",
  planner: "기획감사실",
  admin: "관리자",
};

export const SOURCE_LINE = "출처: 진천군 「주요 군정 성과」 — 공공누리 제4유형(출처표시 + 상업적 이용금지 + 변경금지)";
export const LICENSE = {
  name: "공공누리 제4유형 (출처표시 + 상업적 이용금지 + 변경금지)",
  source: "진천군청 「주요 군정 성과」",
  sourceLine: SOURCE_LINE,
} as const;

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  pending: "승인 대기",
  returned: "반려됨",
  approved: "승인됨",
  withdrawn: "철회됨",
};

export const SUBMISSION_ACTION_LABELS = { create: "추가", update: "수정", delete: "삭제" } as const;
