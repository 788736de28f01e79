"use client";

import { useActionState, useRef } from "react";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { CheckboxGroup, SelectField, TextField } from "@/components/forms/field";
import { fieldValue, fieldValues, formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { REMARKS_MAX } from "@/lib/validations/award";
import { StoredValues } from "./stored-values";

export type AwardFormDefaults = {
  year: number | null;
  title: string;
  agencyId: number | null;
  grade: string | null;
  /** 백만원 as typed ("297.2"), empty for none. */
  incentive: string;
  departmentIds: number[];
  /** YYYY-MM-DD, or null when not recorded. */
  awardedOn?: string | null;
  remarks?: string | null;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: AwardFormDefaults;
  hidden: Record<string, string | number | undefined>;
  agencies: { id: number; name: string }[];
  departments: { id: number; name: string }[];
  grades: string[];
  yearMin: number;
  yearMax: number;
  /**
   * A body not in the registry: its name and kind are typed in place of the list, and the award
   * waits for the review office to confirm both (lib/data/agency-proposals.ts).
   */
  newAgencyKinds?: { value: string; label: string }[];
  /** Offer a 공문 or 상장 scan to send with the save (it goes with the proposal to review). */
  evidence?: boolean;
};

/**
 * After a lost version race the form carries the stored version, so saving again is a deliberate
 * choice made with the current values in view, never a silent overwrite.
 */
function withCurrentVersion(hidden: Props["hidden"], state: FormState): Props["hidden"] {
  const current = state.current;
  if (!current) return hidden;
  // A refused proposal: the proposal open now (or none) becomes the base of the next save.
  if ("proposalVersion" in current && "submissionVersion" in hidden) {
    const seen = current.proposalVersion;
    return { ...hidden, submissionVersion: typeof seen === "number" ? seen : "none" };
  }
  const version = current.version;
  return typeof version === "number" && "version" in hidden ? { ...hidden, version } : hidden;
}

/** The form's fields by name, for the error summary's links. */
const AWARD_FIELDS: Record<string, string> = {
  year: "연도",
  title: "수상명",
  agencyId: "주관기관",
  grade: "등급",
  incentive: "인센티브(백만원)",
  departmentIds: "담당부서",
  evidence: "함께 보낼 증빙 파일",
};

/** 수상 실적 입력: the same form adds, edits and resubmits; the server decides publish or review. */
export function AwardForm({
  action,
  defaults,
  hidden,
  agencies,
  departments,
  grades,
  yearMin,
  yearMax,
  newAgencyKinds,
  evidence = false,
}: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const e = state.errors ?? {};
  return (
    <form ref={formRef} action={formAction} noValidate key={formKey(state)} className="award-form">
      <FormStatus state={state} formRef={formRef} fields={AWARD_FIELDS} />
      {state.current ? <StoredValues current={state.current} agencies={agencies} departments={departments} /> : null}
      {Object.entries(withCurrentVersion(hidden, state)).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      <TextField
        name="year"
        label="연도"
        inputMode="numeric"
        autoComplete="off"
        required
        hint={`수상한 해 (${yearMin}–${yearMax})`}
        defaultValue={fieldValue(state, "year", defaults.year)}
        errors={e.year}
      />
      <TextField
        name="title"
        label="수상명"
        required
        limit={200}
        defaultValue={fieldValue(state, "title", defaults.title)}
        errors={e.title}
      />
      {newAgencyKinds ? (
        <>
          <TextField
            name="newAgencyName"
            label="새 주관기관 이름"
            required
            maxLength={60}
            autoComplete="off"
            hint="목록에 없는 기관의 정식 명칭. 검토 부서가 승인하면 기관 목록에 추가됩니다."
            defaultValue={fieldValue(state, "newAgencyName", "")}
            errors={e.newAgencyName}
          />
          <SelectField
            name="newAgencyKind"
            label="기관 구분"
            required
            placeholder="구분을 선택하세요"
            options={newAgencyKinds}
            defaultValue={fieldValue(state, "newAgencyKind", "")}
            errors={e.newAgencyKind}
          />
        </>
      ) : (
        <SelectField
          name="agencyId"
          label="주관기관"
          required
          placeholder="주관기관을 선택하세요"
          options={agencies.map((a) => ({ value: a.id, label: a.name }))}
          defaultValue={fieldValue(state, "agencyId", defaults.agencyId)}
          errors={e.agencyId}
        />
      )}
      <TextField
        name="grade"
        label="등급"
        list="grade-options"
        limit={50}
        hint="예: 최우수, 우수, 대상, A등급. 등급이 없으면 비워 두세요."
        defaultValue={fieldValue(state, "grade", defaults.grade)}
        errors={e.grade}
      />
      <datalist id="grade-options">
        {grades.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <TextField
        name="incentive"
        label="인센티브(백만원)"
        inputMode="decimal"
        autoComplete="off"
        hint="백만원 단위, 소수점 아래 한 자리까지 (예: 297.2). 인센티브가 없으면 비워 두세요."
        defaultValue={fieldValue(state, "incentive", defaults.incentive)}
        errors={e.incentive}
      />
      <CheckboxGroup
        name="departmentIds"
        label="담당부서"
        required
        hint="한 곳 이상 고르세요. 여러 부서가 함께 받은 상이면 모두 고르세요."
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
        checked={fieldValues(state, "departmentIds", defaults.departmentIds)}
        errors={e.departmentIds}
      />
      <TextField
        name="awardedOn"
        label="수상일"
        type="date"
        hint="상을 받은 날 (예: 2023-05-03). 모르면 비워 두세요."
        defaultValue={fieldValue(state, "awardedOn", defaults.awardedOn ?? null)}
        errors={e.awardedOn}
      />
      <TextField
        name="remarks"
        label="비고"
        maxLength={REMARKS_MAX}
        hint={`${REMARKS_MAX}자 이내. 없으면 비워 두세요.`}
        defaultValue={fieldValue(state, "remarks", defaults.remarks ?? null)}
        errors={e.remarks}
      />
      {evidence ? (
        <TextField
          name="evidence"
          label="함께 보낼 증빙 파일"
          type="file"
          accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
          hint="공문 PDF나 상장 스캔(PNG, JPEG), 10MB까지. 없으면 비워 두세요. 검토 부서가 제출과 함께 봅니다. 공개 화면에는 증빙이 있다는 것만 보입니다."
          errors={e.evidence}
        />
      ) : null}
      <SubmitButton>저장</SubmitButton>
    </form>
  );
}
