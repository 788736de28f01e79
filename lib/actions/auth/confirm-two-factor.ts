"use server";

import { confirmTwoFactorEnrolment, type ConfirmResult } from "@/lib/data/two-factor";
import { FieldError } from "@/lib/errors";
import { confirmTwoFactorSchema } from "@/lib/validations/two-factor";
import { formAction } from "../form-action";

const REFUSALS: Record<Exclude<ConfirmResult["kind"], "confirmed">, string> = {
  invalid_code: "코드가 맞지 않습니다. 앱에 지금 보이는 6자리 숫자를 입력해 주세요.",
  not_started: "먼저 등록을 시작해 주세요.",
  already_enrolled: "이미 일회용 코드를 쓰고 있습니다.",
};

/** The first code proves the authenticator holds the secret; the recovery codes are shown once. */
export const confirmTwoFactorAction = formAction({
  schema: confirmTwoFactorSchema,
  allow: "account.own",
  allowGate: "enrol_two_factor",
  run: async (viewer, input, ctx) => {
    const result = await confirmTwoFactorEnrolment(viewer, input.code, ctx);
    if (result.kind !== "confirmed") throw new FieldError({ code: [REFUSALS[result.kind]] });
    return {
      tags: [],
      message: "일회용 코드를 등록했습니다. 아래 복구 코드를 안전한 곳에 적어 두세요. 다시 볼 수 없습니다.",
      data: { recoveryCodes: result.recoveryCodes },
    };
  },
});
