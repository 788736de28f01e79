"use server";

import { saveKpiDefinition } from "@/lib/data/kpi-definitions";
import { kpiDefinitionFormSchema } from "@/lib/validations/kpi-definition";
import { formAction } from "../form-action";

export const saveKpiDefinitionAction = formAction({
  schema: kpiDefinitionFormSchema,
  allow: "workspace.use",
  run: async (viewer, input, ctx) => {
    const write = await saveKpiDefinition(viewer, input, ctx);
    if (write.kind === "published")
      return {
        tags: write.tags,
        message: `지표 「${write.name}」을(를) 추가해 게시했습니다.`,
        redirectTo: "/workspace/kpis?notice=published",
      };
    return {
      tags: write.tags,
      message: `지표 「${write.name}」 추가를 제출했습니다. 검토 부서 승인 후 공개됩니다.`,
      redirectTo: "/workspace/submissions?notice=submitted",
    };
  },
});
