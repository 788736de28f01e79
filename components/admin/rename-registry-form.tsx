"use client";

import { useActionState, useRef } from "react";
import { SelectField, TextField } from "@/components/forms/field";
import { fieldValue, formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE } from "@/lib/actions/form-state";
import { renameRegistryEntryAction } from "@/lib/actions/registry/rename-registry-entry";

type Props = {
  kind: "department" | "agency";
  /** 부서 or 주관기관: names the select and the messages. */
  noun: string;
  entries: { id: number; name: string }[];
  labelledBy: string;
};

export function RenameRegistryForm({ kind, noun, entries, labelledBy }: Props) {
  const [state, action] = useActionState(renameRegistryEntryAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  // Both forms sit on one page, so their field ids carry the kind.
  const id = (name: string) => `rename-${kind}-${name}`;
  return (
    <form ref={formRef} action={action} noValidate aria-labelledby={labelledBy} key={formKey(state)}>
      <FormStatus state={state} formRef={formRef} />
      <input type="hidden" name="kind" value={kind} />
      <SelectField
        id={id("id")}
        name="id"
        label={`바꿀 ${noun}`}
        required
        placeholder={`${noun} 선택`}
        options={entries.map((e) => ({ value: e.id, label: e.name }))}
        defaultValue={fieldValue(state, "id", "")}
        errors={state.errors?.id}
      />
      <TextField
        id={id("name")}
        name="name"
        label="새 이름"
        required
        autoComplete="off"
        defaultValue={fieldValue(state, "name", "")}
        errors={state.errors?.name}
      />
      <TextField
        id={id("effectiveOn")}
        name="effectiveOn"
        label="바뀐 날짜"
        type="date"
        required
        hint="이 날짜 전의 기록은 예전 이름으로 계속 보입니다."
        defaultValue={fieldValue(state, "effectiveOn", "")}
        errors={state.errors?.effectiveOn}
      />
      <SubmitButton>이름 바꾸기</SubmitButton>
    </form>
  );
}
