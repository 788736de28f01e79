import type { AwardWrite } from "@/lib/data/award-edits";
import type { ActionOutcome } from "../form-action";

const PUBLISHED = {
  create: { message: "수상 실적을 등록하고 바로 게시했습니다.", redirectTo: "/workspace/awards?notice=published" },
  update: { message: "수정 내용을 바로 게시했습니다.", redirectTo: "/workspace/awards?notice=published" },
  delete: {
    message: "휴지통으로 옮겼습니다. 휴지통에서 복원할 수 있습니다.",
    redirectTo: "/workspace/awards?notice=deleted",
  },
  restore: { message: "복원했습니다.", redirectTo: "/workspace/trash?notice=restored" },
} as const;

const PROPOSED = {
  create: "수상 실적을 제출했습니다. 검토 부서 승인 후 공개됩니다.",
  update: "수정 내용을 제출했습니다. 검토 부서 승인 후 공개됩니다.",
  delete: "삭제 요청을 제출했습니다. 검토 부서 승인 후 반영됩니다.",
} as const;

/** The words and the next page for what an award write did. */
export function awardOutcome(write: AwardWrite): ActionOutcome {
  if (write.kind === "published") return { tags: write.tags, ...PUBLISHED[write.change] };
  return { tags: write.tags, message: PROPOSED[write.change], redirectTo: "/workspace/submissions?notice=submitted" };
}
