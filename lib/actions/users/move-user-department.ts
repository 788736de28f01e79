"use server";

import { isAdmin } from "@/lib/auth/permissions";
import { moveUserDepartment } from "@/lib/data/users";
import { moveDepartmentSchema } from "@/lib/validations/user";
import { formAction } from "../form-action";

export const moveUserDepartmentAction = formAction({
  schema: moveDepartmentSchema,
  allow: isAdmin,
  run: (viewer, input, ctx) => moveUserDepartment(viewer, input.userId, input.departmentId, ctx),
});
