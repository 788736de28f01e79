"use server";

import { z } from "zod";
import { undoImport } from "@/lib/data/import-batches";
import { idField } from "@/lib/validations/text";
import { formAction } from "../form-action";

export const undoImportAction = formAction({
  schema: z.object({ id: idField("일괄 등록") }),
  allow: "import.undo",
  run: async (viewer, input, ctx) => {
    const { batchId, tags } = await undoImport(viewer, input, ctx);
    return { tags, message: `일괄 등록 ${batchId}번을 되돌렸습니다.` };
  },
});
