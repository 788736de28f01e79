"use server";

import { z } from "zod";
import { isPlanner } from "@/lib/auth/permissions";
import { markDistinctPair } from "@/lib/data/distinct-pairs";
import { idField } from "@/lib/validations/text";
import { formAction } from "../form-action";

const schema = z.object({ awardId: idField("수상 실적"), otherAwardId: idField("비교할 수상 실적") });

export const markDistinctPairAction = formAction({ schema, allow: isPlanner, run: markDistinctPair });
