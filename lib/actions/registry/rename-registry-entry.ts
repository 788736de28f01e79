"use server";

import { renameRegistryEntry } from "@/lib/data/registry-edits";
import { renameRegistryEntrySchema } from "@/lib/validations/registry";
import { withParticle } from "@/lib/korean";
import { formAction } from "../form-action";

export const renameRegistryEntryAction = formAction({
  schema: renameRegistryEntrySchema,
  allow: "registry.rename",
  run: async (viewer, input, ctx) => {
    const { from, to, effectiveOn, tags } = await renameRegistryEntry(viewer, input, ctx);
    return {
      tags,
      message: `${withParticle(from, "을/를")} ${effectiveOn}부터 ${withParticle(to, "으로/로")} 바꿨습니다.`,
    };
  },
});
