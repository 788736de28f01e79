"use server";

import { z } from "zod";
import { isPlanner } from "@/lib/auth/permissions";
import { undoImport } from "@/lib/data/import-batches";
import { idField } from "@/lib/validations/text";
import { formAction } from "../form-action";

export const undoImportAction = formAction({
  schema: z.object({ id: idField("일괄 등록") }),
  allow: isPlanner,
  run: undoImport,
});
