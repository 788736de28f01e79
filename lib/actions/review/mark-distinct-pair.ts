"use server";

import { z } from "zod";
import { isPlanner } from "@/lib/auth/permissions";
import { markDistinctPair } from "@/lib/data/distinct-pairs";
import { idField } from "@/lib/validations/text";
import { formAction } from "../form-action";

const schema = z.object({ awardId: idField("수상 실적"), otherAwardId: idField("비교할 수상 실적") });

export const markDistinctPairAction = formAction({
  schema,
  allow: isPlanner,
  run: (viewer, input, ctx) => {
    const { kind, low, high, tags } = markDistinctPair(viewer, input, ctx);
    const message =
      kind === "marked"
        ? `두 실적(#${low}, #${high})을 서로 다른 실적으로 표시했습니다. 더는 중복으로 표시하지 않습니다.`
        : `두 실적(#${low}, #${high})은 이미 서로 다른 실적으로 표시되어 있습니다.`;
    return { tags, message };
  },
});
