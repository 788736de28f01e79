"use server";

import { startTwoFactorEnrolment } from "@/lib/data/two-factor";
import { FieldError } from "@/lib/errors";
import { startTwoFactorSchema } from "@/lib/validations/two-factor";
import { formAction } from "../form-action";

/** Makes a new secret for the viewer's authenticator (shown on the page until a code confirms it). */
export const startTwoFactorAction = formAction({
  schema: startTwoFactorSchema,
  allow: "account.own",
  allowGate: "enrol_two_factor",
  run: async (viewer, _input, ctx) => {
    const result = await startTwoFactorEnrolment(viewer, ctx);
    if (result.kind === "already_enrolled") throw new FieldError({ code: ["이미 일회용 코드를 쓰고 있습니다."] });
    return { tags: [], message: "인증 앱에 아래 키를 등록한 뒤, 앱에 보이는 6자리 숫자를 입력해 주세요." };
  },
});
