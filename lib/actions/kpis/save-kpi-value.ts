"use server";

import { saveKpiValue } from "@/lib/data/kpi-edits";
import { kpiValueFormSchema } from "@/lib/validations/kpi";
import { formAction } from "../form-action";

export const saveKpiValueAction = formAction({
  schema: kpiValueFormSchema,
  allow: "workspace.use",
  run: async (viewer, input, ctx) => {
    const write = await saveKpiValue(viewer, input, ctx);
    if (write.kind === "published")
      return {
        tags: write.tags,
        message: `${write.kpi} ${write.period} 값을 게시했습니다.`,
        redirectTo: "/workspace/kpis?notice=published",
      };
    return {
      tags: write.tags,
      message: `${write.kpi} ${write.period} 값을 제출했습니다. 검토 부서 승인 후 공개됩니다.`,
      redirectTo: "/workspace/submissions?notice=submitted",
    };
  },
});
