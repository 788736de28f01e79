"use server";

import { moveUserDepartment } from "@/lib/data/users";
import { moveDepartmentSchema } from "@/lib/validations/user";
import { withParticle } from "@/lib/korean";
import { formAction } from "../form-action";

export const moveUserDepartmentAction = formAction({
  schema: moveDepartmentSchema,
  allow: "users.manage",
  run: async (viewer, input, ctx) => {
    const { username, department, tags } = await moveUserDepartment(viewer, input.userId, input.departmentId, ctx);
    return { tags, message: `${username}의 부서를 ${withParticle(department, "으로/로")} 옮겼습니다.` };
  },
});
