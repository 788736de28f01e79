"use server";

import { saveNoticeSettings } from "@/lib/data/notice-settings";
import { noticeSettingsSchema } from "@/lib/validations/notice-settings";
import { formAction } from "../form-action";

export const saveNoticeSettingsAction = formAction({
  schema: noticeSettingsSchema,
  allow: "account.own",
  run: async (viewer, input, ctx) => {
    const { notify, tags } = await saveNoticeSettings(viewer, input, ctx);
    return {
      tags,
      message: notify
        ? "알림 설정을 저장했습니다. 이제 알림을 이메일로 받습니다."
        : "알림 설정을 저장했습니다. 알림을 받지 않습니다.",
    };
  },
});
