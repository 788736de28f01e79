"use client";

import { useActionState, useRef } from "react";
import { TextField } from "@/components/forms/field";
import { fieldValue, fieldValues, formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { saveNoticeSettingsAction } from "@/lib/actions/users/save-notice-settings";
import { IDLE } from "@/lib/actions/form-state";
import { EMAIL_MAX_LENGTH } from "@/lib/validations/notice-settings";

/** A refused form comes back with what was typed and the reason beside the address. */
export function NoticeSettingsForm({ email, notify }: { email: string; notify: boolean }) {
  const [state, action] = useActionState(saveNoticeSettingsAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={action} noValidate className="stack" key={formKey(state)}>
      <FormStatus state={state} formRef={formRef} />
      <TextField
        name="email"
        label="이메일 주소"
        type="email"
        inputMode="email"
        autoComplete="email"
        defaultValue={fieldValue(state, "email", email)}
        limit={EMAIL_MAX_LENGTH}
        hint="업무용 주소를 권합니다. 예: hong@korea.kr"
        errors={state.errors?.email}
      />
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            name="notify"
            defaultChecked={fieldValues(state, "notify", notify ? ["on"] : []).includes("on")}
          />{" "}
          알림을 이메일로 받기
        </label>
      </div>
      <SubmitButton>저장</SubmitButton>
    </form>
  );
}
