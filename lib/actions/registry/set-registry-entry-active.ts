"use server";

import { setRegistryEntryActive } from "@/lib/data/registry-entries";
import { setRegistryEntryActiveSchema } from "@/lib/validations/registry";
import { formAction } from "../form-action";

export const setRegistryEntryActiveAction = formAction({
  schema: setRegistryEntryActiveSchema,
  allow: "registry.manage",
  run: async (viewer, input, ctx) => {
    const { kind, tags } = await setRegistryEntryActive(viewer, input, ctx);
    return {
      tags,
      message:
        kind === "deactivated"
          ? "사용을 중지했습니다. 새 기록에서는 고를 수 없고, 이미 있는 기록에는 그대로 보입니다."
          : "다시 사용하도록 했습니다.",
    };
  },
});
