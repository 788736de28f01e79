"use server";

import { createUser } from "@/lib/data/users";
import { createUserSchema } from "@/lib/validations/user";
import { formAction } from "../form-action";

export const createUserAction = formAction({
  schema: createUserSchema,
  allow: "users.manage",
  run: async (viewer, input, ctx) => {
    const { username, tags } = await createUser(viewer, input, ctx);
    return { tags, message: `${username} 계정을 만들었습니다.` };
  },
});
