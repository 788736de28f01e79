"use server";

import { resetUserPassword } from "@/lib/data/users";
import { resetPasswordSchema } from "@/lib/validations/user";
import { formAction } from "../form-action";

export const resetUserPasswordAction = formAction({
  schema: resetPasswordSchema,
  allow: "users.manage",
  run: async (viewer, input, ctx) => {
    const { username, tags } = await resetUserPassword(viewer, input.userId, input.password, ctx);
    return { tags, message: `${username}의 임시 비밀번호를 정했습니다. 다음 로그인 때 새 비밀번호를 정해야 합니다.` };
  },
});
