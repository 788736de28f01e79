"use server";

import { mergeDepartments } from "@/lib/data/reorganisations";
import { mergeDepartmentsSchema } from "@/lib/validations/registry";
import { formAction } from "../form-action";

export const mergeDepartmentsAction = formAction({
  schema: mergeDepartmentsSchema,
  allow: "registry.manage",
  run: async (viewer, input, ctx) => {
    const { tags, awardsMoved, kpisMoved } = await mergeDepartments(viewer, input, ctx);
    return {
      tags,
      message: `부서를 통합했습니다. 수상 실적 ${awardsMoved}건과 성과 지표 ${kpisMoved}개가 통합 후 부서로 옮겨졌고, 지난 기록은 발표 당시 부서명으로 계속 보입니다.`,
    };
  },
});
