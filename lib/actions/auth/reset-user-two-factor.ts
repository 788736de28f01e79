"use server";

import { resetTwoFactor } from "@/lib/data/two-factor";
import { NotFoundError } from "@/lib/errors";
import { resetTwoFactorSchema } from "@/lib/validations/two-factor";
import { formAction } from "../form-action";

/** An admin clears a user's authenticator (a lost phone); the user enrols again at next login. */
export const resetUserTwoFactorAction = formAction({
  schema: resetTwoFactorSchema,
  allow: "two-factor.reset",
  run: async (viewer, input, ctx) => {
    const result = await resetTwoFactor(viewer, input.userId, ctx);
    if (result.kind === "not_found") throw new NotFoundError("계정을 찾을 수 없습니다.");
    if (result.kind === "not_enrolled") return { tags: [], message: "이 계정은 일회용 코드를 등록하지 않았습니다." };
    return { tags: [], message: `${result.username} 계정의 일회용 코드를 초기화했습니다.` };
  },
});
