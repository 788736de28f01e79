"use server";

import { addRegistryEntry } from "@/lib/data/registry-entries";
import { addRegistryEntrySchema } from "@/lib/validations/registry";
import { formAction } from "../form-action";

export const addRegistryEntryAction = formAction({
  schema: addRegistryEntrySchema,
  allow: "registry.manage",
  run: async (viewer, input, ctx) => {
    const { tags } = await addRegistryEntry(viewer, input, ctx);
    return {
      tags,
      message: `${input.kind === "department" ? "부서" : "주관기관"} ‘${input.name}’을(를) 추가했습니다.`,
    };
  },
});
