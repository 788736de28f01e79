"use server";

import { z } from "zod";
import { isStaff } from "@/lib/auth/permissions";
import { deleteAward } from "@/lib/data/award-edits";
import { idField, versionField } from "@/lib/validations/text";
import { formAction } from "../form-action";

export const deleteAwardAction = formAction({
  schema: z.object({ id: idField("수상 실적"), version: versionField }),
  allow: isStaff,
  run: deleteAward,
});
