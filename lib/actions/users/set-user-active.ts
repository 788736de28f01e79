"use server";

import { setUserActive } from "@/lib/data/users";
import { setUserActiveSchema } from "@/lib/validations/user";
import { formAction } from "../form-action";

export const setUserActiveAction = formAction({
  schema: setUserActiveSchema,
  allow: "users.manage",
  // Deactivating ends the person's sessions at once; reactivating needs no second thought.
  confirm: (input) =>
    input.active === "true"
      ? null
      : {
          question: "이 계정을 비활성화하면 로그인할 수 없고, 로그인 중인 세션도 바로 끝납니다. 비활성화할까요?",
          label: "예, 비활성화합니다",
        },
  run: async (viewer, input, ctx) => {
    const { kind, username, tags } = await setUserActive(viewer, input.userId, input.active === "true", ctx);
    const message =
      kind === "activated"
        ? `${username} 계정을 다시 활성화했습니다.`
        : `${username} 계정을 비활성화했습니다. 로그인 중인 세션도 끝났습니다.`;
    return { tags, message };
  },
});
