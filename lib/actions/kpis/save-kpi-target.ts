"use server";

import { saveKpiTarget } from "@/lib/data/kpi-definitions";
import { kpiTargetFormSchema } from "@/lib/validations/kpi-definition";
import { formAction } from "../form-action";

export const saveKpiTargetAction = formAction({
  schema: kpiTargetFormSchema,
  allow: "workspace.use",
  run: async (viewer, input, ctx) => {
    const write = await saveKpiTarget(viewer, input, ctx);
    if (write.kind === "published")
      return {
        tags: write.tags,
        message: `${write.name}의 목표와 출처를 게시했습니다.`,
        redirectTo: "/workspace/kpis?notice=published",
      };
    return {
      tags: write.tags,
      message: `${write.name}의 목표와 출처 수정을 제출했습니다. 검토 부서 승인 후 공개됩니다.`,
      redirectTo: "/workspace/submissions?notice=submitted",
    };
  },
});
