"use server";

import { updateOrganisation } from "@/lib/data/organisation-edits";
import { organisationSchema } from "@/lib/validations/organisation";
import { formAction } from "../form-action";

export const updateOrganisationAction = formAction({
  schema: organisationSchema,
  allow: "organisation.edit",
  run: async (viewer, input, ctx) => {
    const { tags } = await updateOrganisation(viewer, input, ctx);
    return { tags, message: "기관 정보를 저장했습니다. 모든 화면에 바로 반영됩니다." };
  },
});
