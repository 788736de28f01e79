"use client";

import { useActionState, useRef } from "react";
import { CheckboxGroup, SelectField, TextField } from "@/components/forms/field";
import { fieldValue, fieldValues, formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE } from "@/lib/actions/form-state";
import { addRegistryEntryAction } from "@/lib/actions/registry/add-registry-entry";
import { mergeDepartmentsAction } from "@/lib/actions/registry/merge-departments";
import { setRegistryEntryActiveAction } from "@/lib/actions/registry/set-registry-entry-active";
import styles from "./admin.module.css";

type Option = { value: string | number; label: string };

/** 부서 추가 or 주관기관 추가 (with its kind). */
export function AddRegistryEntryForm({
  kind,
  labelledBy,
  agencyKinds,
}: {
  kind: "department" | "agency";
  labelledBy: string;
  /** The kinds of body, labelled with the organisation's province; only for bodies. */
  agencyKinds?: Option[];
}) {
  const [state, action] = useActionState(addRegistryEntryAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const id = (name: string) => `add-${kind}-${name}`;
  return (
    <form ref={formRef} action={action} noValidate aria-labelledby={labelledBy} key={formKey(state)}>
      <FormStatus state={state} formRef={formRef} />
      <input type="hidden" name="kind" value={kind} />
      <TextField
        id={id("name")}
        name="name"
        label={kind === "department" ? "부서명" : "기관명"}
        required
        autoComplete="off"
        maxLength={60}
        defaultValue={fieldValue(state, "name", "")}
        errors={state.errors?.name}
      />
      {agencyKinds ? (
        <SelectField
          id={id("agencyKind")}
          name="agencyKind"
          label="기관 구분"
          required
          placeholder="구분 선택"
          options={agencyKinds}
          defaultValue={fieldValue(state, "agencyKind", "")}
          errors={state.errors?.agencyKind}
        />
      ) : null}
      <SubmitButton>추가</SubmitButton>
    </form>
  );
}

/**
 * 사용 중지 / 다시 사용: one form per registry, beside the rename form (a form in each of a hundred
 * table rows made the page heavy for every reader and every check).
 */
export function RegistryActiveForm({
  kind,
  noun,
  entries,
  labelledBy,
}: {
  kind: "department" | "agency";
  /** 부서 or 주관기관: names the select. */
  noun: string;
  entries: { id: number; name: string; active: boolean }[];
  labelledBy: string;
}) {
  const [state, action] = useActionState(setRegistryEntryActiveAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={action} noValidate aria-labelledby={labelledBy} key={formKey(state)}>
      <FormStatus state={state} formRef={formRef} />
      <input type="hidden" name="kind" value={kind} />
      <SelectField
        id={`active-${kind}-id`}
        name="id"
        label={noun}
        required
        placeholder={`${noun} 선택`}
        options={entries.map((e) => ({ value: e.id, label: e.active ? e.name : `${e.name} (사용 중지)` }))}
        defaultValue={fieldValue(state, "id", "")}
        errors={state.errors?.id}
      />
      <div className={styles.rowForm}>
        <SubmitButton name="active" value="false" className="button button--secondary">
          사용 중지
        </SubmitButton>
        <SubmitButton name="active" value="true" className="button button--secondary">
          다시 사용
        </SubmitButton>
      </div>
    </form>
  );
}

/** 부서 통합 (조직개편): A into B, or A and B into a new C, from a date. */
export function MergeDepartmentsForm({ departments, labelledBy }: { departments: Option[]; labelledBy: string }) {
  const [state, action] = useActionState(mergeDepartmentsAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const e = state.errors ?? {};
  return (
    <form ref={formRef} action={action} noValidate aria-labelledby={labelledBy} key={formKey(state)}>
      <FormStatus state={state} formRef={formRef} />
      <CheckboxGroup
        id="merge-fromIds"
        name="fromIds"
        label="통합할 부서"
        hint="없어지는 부서를 고르세요. 그 부서의 수상 실적·성과 지표·계정이 통합 후 부서로 옮겨집니다."
        options={departments}
        checked={fieldValues(state, "fromIds", [])}
        errors={e.fromIds}
      />
      <SelectField
        id="merge-intoId"
        name="intoId"
        label="통합 후 부서(기존 부서)"
        placeholder="새 부서를 만들 때는 비워 두세요"
        options={departments}
        defaultValue={fieldValue(state, "intoId", "")}
        errors={e.intoId}
      />
      <TextField
        id="merge-newName"
        name="newName"
        label="통합 후 부서(새 부서명)"
        hint="기존 부서로 합칠 때는 비워 두세요."
        autoComplete="off"
        maxLength={60}
        defaultValue={fieldValue(state, "newName", "")}
        errors={e.newName}
      />
      <TextField
        id="merge-effectiveOn"
        name="effectiveOn"
        label="통합한 날짜"
        type="date"
        required
        defaultValue={fieldValue(state, "effectiveOn", "")}
        errors={e.effectiveOn}
      />
      <SubmitButton>부서 통합</SubmitButton>
    </form>
  );
}
