"use server";

import { isAdmin } from "@/lib/auth/permissions";
import { updateOrganisation } from "@/lib/data/organisation-edits";
import { organisationSchema } from "@/lib/validations/organisation";
import { formAction } from "../form-action";

export const updateOrganisationAction = formAction({
  schema: organisationSchema,
  allow: isAdmin,
  run: (viewer, input, ctx) => updateOrganisation(viewer, input, ctx),
});
