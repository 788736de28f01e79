"use server";

import { markDistinctPair } from "@/lib/data/distinct-pairs";
import { distinctPairSchema } from "@/lib/validations/review";
import { formAction } from "../form-action";

export const markDistinctPairAction = formAction({
  schema: distinctPairSchema,
  allow: "duplicates.mark",
  run: async (viewer, input, ctx) => {
    const { kind, low, high, tags } = await markDistinctPair(viewer, input, ctx);
    const message =
      kind === "marked"
        ? `두 실적(#${low}, #${high})을 서로 다른 실적으로 표시했습니다. 더는 중복으로 표시하지 않습니다.`
        : `두 실적(#${low}, #${high})은 이미 서로 다른 실적으로 표시되어 있습니다.`;
    return { tags, message };
  },
});
