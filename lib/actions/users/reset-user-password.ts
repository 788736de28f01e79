"use server";

import { isAdmin } from "@/lib/auth/permissions";
import { resetUserPassword } from "@/lib/data/users";
import { resetPasswordSchema } from "@/lib/validations/user";
import { formAction } from "../form-action";

export const resetUserPasswordAction = formAction({
  schema: resetPasswordSchema,
  allow: isAdmin,
  run: (viewer, input, ctx) => resetUserPassword(viewer, input.userId, input.password, ctx),
});
