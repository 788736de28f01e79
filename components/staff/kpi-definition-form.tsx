"use client";

import { useActionState, useRef } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { fieldValue, formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { saveKpiDefinitionAction } from "@/lib/actions/kpis/save-kpi-definition";
import { IDLE } from "@/lib/actions/form-state";

type Named = { id: number; name: string };

const MONEY_STYLE_OPTIONS = [
  { value: "eok", label: "억원 (예: 12,190억원)" },
  { value: "man", label: "만원 (예: 6,500만원)" },
  { value: "jo", label: "조원 (예: 8조 1,054억원)" },
];
// The first figure's period: a year, or none when the source gives none. Other periods are added on the KPI's page.
const FIRST_PERIOD_OPTIONS = [
  { value: "year", label: "연도" },
  { value: "none", label: "출처에 기간 표시 없음" },
];

/** 새 성과 지표: an officer proposes it for their department; a planner's save publishes it. */
export function KpiDefinitionForm({ areas, departments }: { areas: Named[]; departments: Named[] }) {
  const [state, action] = useActionState(saveKpiDefinitionAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const e = state.errors ?? {};
  const shown = (name: string, fallback: string | number | null = "") => fieldValue(state, name, fallback);
  return (
    <form ref={formRef} action={action} noValidate key={formKey(state)}>
      <FormStatus state={state} formRef={formRef} />
      <input type="hidden" name="submissionVersion" value="none" />
      <SelectField
        name="departmentId"
        label="담당부서"
        required
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
        defaultValue={shown("departmentId", departments.length === 1 ? departments[0].id : "")}
        placeholder={departments.length === 1 ? undefined : "담당부서를 선택하세요"}
        errors={e.departmentId}
      />
      <SelectField
        name="areaId"
        label="정책 분야"
        required
        placeholder="정책 분야를 선택하세요"
        options={areas.map((a) => ({ value: a.id, label: a.name }))}
        defaultValue={shown("areaId")}
        errors={e.areaId}
      />
      <TextField name="name" label="지표명" required maxLength={100} defaultValue={shown("name")} errors={e.name} />
      <TextField
        name="unit"
        label="단위"
        required
        maxLength={20}
        hint="예: 명, %, 건, 개소. 금액이면 원이라고 적고 아래에서 표기를 고르세요."
        defaultValue={shown("unit")}
        errors={e.unit}
      />
      <SelectField
        name="moneyStyle"
        label="금액 표기"
        hint="단위가 원일 때만 씁니다. 값과 목표는 이 표기 단위(억원, 만원)로 입력합니다."
        placeholder="금액 지표가 아님"
        options={MONEY_STYLE_OPTIONS}
        defaultValue={shown("moneyStyle")}
        errors={e.moneyStyle}
      />
      <TextField
        name="target"
        label="목표"
        inputMode="decimal"
        hint="목표가 없으면 비워 두세요. 음수도 쓸 수 있습니다."
        defaultValue={shown("target")}
        errors={e.target}
      />
      <TextField
        name="targetLabel"
        label="목표 설명"
        maxLength={50}
        hint="예: 민선 8기 목표"
        defaultValue={shown("targetLabel")}
        errors={e.targetLabel}
      />
      <TextField name="source" label="출처" required maxLength={200} defaultValue={shown("source")} errors={e.source} />
      <fieldset>
        <legend>첫 값 (선택)</legend>
        <TextField
          name="value"
          label="값"
          inputMode="decimal"
          hint="비워 두면 지표만 추가합니다. 줄어든 값은 -3.5처럼 적습니다."
          defaultValue={shown("value")}
          errors={e.value}
        />
        <SelectField
          name="periodKind"
          label="기간 종류"
          placeholder="값이 없으면 고르지 않아도 됩니다"
          options={FIRST_PERIOD_OPTIONS}
          defaultValue={shown("periodKind")}
          errors={e.periodKind}
        />
        <TextField
          name="year"
          label="연도"
          inputMode="numeric"
          hint="기간 종류가 연도일 때 씁니다."
          defaultValue={shown("year")}
          errors={e.year}
        />
        <TextAreaField
          name="comparisons"
          label="비교"
          rows={2}
          hint="한 줄에 하나씩, 출처에 적힌 대로 (예: 도내 2위)"
          defaultValue={shown("comparisons")}
          errors={e.comparisons}
        />
        <TextAreaField
          name="references"
          label="참고 값"
          rows={2}
          hint="한 줄에 하나씩 이름, 숫자, 단위 (예: 전국 0.778명)"
          defaultValue={shown("references")}
          errors={e.references}
        />
      </fieldset>
      <SubmitButton>저장</SubmitButton>
    </form>
  );
}
