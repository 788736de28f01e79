"use server";

import { saveAwardWithNewAgency } from "@/lib/data/agency-proposals";
import { awardWithNewAgencySchema } from "@/lib/validations/award";
import { formAction } from "../form-action";

export const saveAwardWithNewAgencyAction = formAction({
  schema: awardWithNewAgencySchema,
  allow: "agency.propose",
  run: async (viewer, { newAgencyName, newAgencyKind, ...award }, ctx) => {
    const write = await saveAwardWithNewAgency(
      viewer,
      { ...award, newAgency: { name: newAgencyName, kind: newAgencyKind } },
      ctx,
    );
    if (write.kind === "published")
      return {
        tags: write.tags,
        message: "새 주관기관을 등록하고 수상 실적을 바로 게시했습니다.",
        redirectTo: "/workspace/awards?notice=published",
      };
    return {
      tags: write.tags,
      message: "새 주관기관과 수상 실적을 함께 제출했습니다. 검토 부서가 승인하면 둘 다 공개됩니다.",
      redirectTo: "/workspace/submissions?notice=submitted",
    };
  },
});
