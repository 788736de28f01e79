"use server";

import { splitDepartment } from "@/lib/data/reorganisations";
import { splitDepartmentSchema } from "@/lib/validations/registry";
import { formAction } from "../form-action";

export const splitDepartmentAction = formAction({
  schema: splitDepartmentSchema,
  allow: "registry.split",
  run: async (viewer, input, ctx) => {
    const { tags, awardsMoved, kpisMoved } = await splitDepartment(viewer, input, ctx);
    return {
      tags,
      message: `부서를 나눴습니다. 수상 실적 ${awardsMoved}건과 성과 지표 ${kpisMoved}개를 고른 부서로 옮겼습니다. 이 부서 직원의 계정은 관리자가 새 부서로 옮겨 주세요.`,
    };
  },
});
