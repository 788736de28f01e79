"use server";

import { getOrganisation } from "@/lib/data/organisation";
import { setUserRole } from "@/lib/data/user-roles";
import { withParticle } from "@/lib/korean";
import { roleLabels } from "@/lib/labels";
import { setRoleSchema } from "@/lib/validations/user";
import { formAction } from "../form-action";

export const setUserRoleAction = formAction({
  schema: setRoleSchema,
  allow: "users.set-role",
  run: async (viewer, input, ctx) => {
    const [{ username, to, tags }, org] = await Promise.all([setUserRole(viewer, input, ctx), getOrganisation()]);
    return {
      tags,
      message: `${username}의 역할을 ${withParticle(roleLabels(org.reviewOffice)[to], "으로/로")} 바꿨습니다.`,
    };
  },
});
