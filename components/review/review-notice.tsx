const NOTICES = {
  approved: "승인해 게시했습니다. 공개 화면에 바로 반영됩니다.",
  returned: "반려했습니다. 제출한 부서가 반려 사유를 볼 수 있습니다.",
  distinct: "서로 다른 실적으로 표시했습니다. 이 두 실적은 더는 중복으로 표시하지 않습니다.",
  closed: "연도를 마감했습니다. 이 해의 실적은 마감을 해제하기 전까지 고칠 수 없습니다.",
  reopened: "마감을 해제했습니다. 사유는 공개 대시보드에도 표시됩니다.",
} as const;

export type ReviewNoticeCode = keyof typeof NOTICES;

/** The confirmation a review page shows after an action, from `?notice=`. */
export function ReviewNotice({ code }: { code: string | undefined }) {
  const text = code && code in NOTICES ? NOTICES[code as ReviewNoticeCode] : undefined;
  if (!text) return null;
  return (
    <p role="status" className="alert alert--success">
      {text}
    </p>
  );
}
