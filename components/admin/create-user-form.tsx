"use client";

import { useActionState, useRef } from "react";
import { SelectField, TextField } from "@/components/forms/field";
import { fieldValue, formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE } from "@/lib/actions/form-state";
import { createUserAction } from "@/lib/actions/users/create-user";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import type { RegistryDepartment } from "@/lib/data/public-registry";
import { roleLabels } from "@/lib/labels";

type Props = { departments: RegistryDepartment[]; labelledBy: string; reviewOffice: string };

export function CreateUserForm({ departments, labelledBy, reviewOffice }: Props) {
  // From the labels rather than db/schema's ROLES, which would pull the database schema into the browser bundle.
  const roleOptions = Object.entries(roleLabels(reviewOffice)).map(([value, label]) => ({ value, label }));
  const [state, action] = useActionState(createUserAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={action} noValidate aria-labelledby={labelledBy} key={formKey(state)}>
      <FormStatus state={state} formRef={formRef} />
      <TextField
        name="username"
        label="아이디"
        autoComplete="off"
        required
        hint="영문 소문자, 숫자, 마침표(.), 밑줄(_), 하이픈(-)으로 3–40자"
        defaultValue={fieldValue(state, "username", "")}
        errors={state.errors?.username}
      />
      <TextField
        name="displayName"
        label="이름"
        autoComplete="off"
        required
        defaultValue={fieldValue(state, "displayName", "")}
        errors={state.errors?.displayName}
      />
      <SelectField
        name="role"
        label="역할"
        required
        placeholder="역할 선택"
        options={roleOptions}
        defaultValue={fieldValue(state, "role", "")}
        errors={state.errors?.role}
      />
      <SelectField
        name="departmentId"
        label="부서"
        placeholder="부서 없음"
        hint={`부서 담당자는 부서를 꼭 골라야 합니다. ${reviewOffice} 직원과 관리자는 비워 둘 수 있습니다.`}
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
        defaultValue={fieldValue(state, "departmentId", "")}
        errors={state.errors?.departmentId}
      />
      <TextField
        name="password"
        label="임시 비밀번호"
        type="password"
        autoComplete="new-password"
        required
        hint={`${PASSWORD_MIN_LENGTH}자 이상. 사용자는 처음 로그인할 때 이 비밀번호를 자기만 아는 비밀번호로 바꿔야 합니다.`}
        errors={state.errors?.password}
      />
      <SubmitButton>계정 만들기</SubmitButton>
    </form>
  );
}
