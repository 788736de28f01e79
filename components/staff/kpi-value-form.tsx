"use client";

import { withParticle } from "@/lib/korean";
import { useActionState, useRef, useState } from "react";
import { saveKpiValueAction } from "@/lib/actions/kpis/save-kpi-value";
import { IDLE } from "@/lib/actions/form-state";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { fieldValue, formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

/** A recorded value: its period as shown, and as the form's period fields (kept when correcting it). */
export type ExistingKpiValue = {
  id: number;
  version: number;
  period: string;
  periodFields: Record<string, string>;
  typed: string;
  /** Its notes as typed, one a line: comparisons ("도내 2위") and reference values ("전국 0.778명"). */
  comparisons: string;
  references: string;
  /** The version of the open proposal on this value, if there is one. */
  proposalVersion?: number;
};

type Option = { value: string; label: string };

const HALVES: Option[] = [
  { value: "1", label: "상반기" },
  { value: "2", label: "하반기" },
];
const QUARTERS: Option[] = [1, 2, 3, 4].map((q) => ({ value: String(q), label: `${q}분기` }));
const MONTHS: Option[] = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}월` }));

/**
 * Adds a value for a new period, or corrects one already recorded (pick it in 고칠 기록). A new
 * period never overwrites the history. The period is whatever the source gives: a year, half,
 * quarter, month, span of years, date, or none at all.
 */
export function KpiValueForm({
  kpiId,
  unitLabel,
  kindOptions,
  existing,
}: {
  kpiId: number;
  unitLabel: string;
  kindOptions: Option[];
  existing: ExistingKpiValue[];
}) {
  const [state, action] = useActionState(saveKpiValueAction, IDLE);
  const [editing, setEditing] = useState<ExistingKpiValue | null>(null);
  const [kind, setKind] = useState(() => fieldValue(state, "periodKind", "year"));
  const formRef = useRef<HTMLFormElement>(null);
  const e = state.errors ?? {};
  const thisYear = new Date().getFullYear();
  const shown = (name: string, fallback: string | number = "") => fieldValue(state, name, fallback);
  // After a refusal the proposal open now (or none) is the base, so saving again is deliberate.
  const current = state.current && "proposalVersion" in state.current ? state.current : null;
  const base = current
    ? typeof current.proposalVersion === "number"
      ? current.proposalVersion
      : "none"
    : (editing?.proposalVersion ?? "none");
  return (
    <>
      {existing.length ? (
        <div className="field">
          <label htmlFor="kpi-edit-target">고칠 기록</label>
          <select
            id="kpi-edit-target"
            value={editing?.id ?? ""}
            onChange={(ev) => setEditing(existing.find((x) => x.id === Number(ev.target.value)) ?? null)}
          >
            <option value="">새 기간 값 추가</option>
            {existing.map((x) => (
              <option key={x.id} value={x.id}>
                {x.period} 값 고치기
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <form ref={formRef} action={action} noValidate key={`${formKey(state)}-${editing?.id ?? "new"}`}>
        <FormStatus state={state} formRef={formRef} />
        {current && typeof current.typed === "string" ? (
          <section className="alert alert--warning" aria-labelledby="kpi-current-title">
            <h2 id="kpi-current-title">현재 제출된 내용</h2>
            <p>
              {String(current.period ?? "")} 값: {current.typed} {unitLabel}
            </p>
            <p>위 값을 확인해 주세요. 아래 양식의 내용으로 다시 저장하면 그 제출 내용을 대신합니다.</p>
          </section>
        ) : null}
        <input type="hidden" name="kpiId" value={kpiId} />
        <input type="hidden" name="submissionVersion" value={base} />
        {editing ? (
          <>
            <input type="hidden" name="version" value={editing.version} />
            {Object.entries(editing.periodFields).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <p>기간: {editing.period}</p>
          </>
        ) : (
          <>
            <SelectField
              name="periodKind"
              label="기간 종류"
              hint="출처가 밝힌 기간을 고릅니다. 출처에 기간이 없으면 '출처에 기간 표시 없음'을 고르세요."
              options={kindOptions}
              value={kind}
              onChange={(ev) => setKind(ev.target.value)}
              errors={e.periodKind}
            />
            {kind === "year" || kind === "half" || kind === "quarter" || kind === "month" ? (
              <TextField
                name="year"
                label="연도"
                inputMode="numeric"
                required
                defaultValue={shown("year", thisYear)}
                errors={e.year}
              />
            ) : null}
            {kind === "half" ? (
              <SelectField
                name="half"
                label="반기"
                options={HALVES}
                defaultValue={shown("half", "1")}
                errors={e.half}
              />
            ) : null}
            {kind === "quarter" ? (
              <SelectField
                name="quarter"
                label="분기"
                options={QUARTERS}
                defaultValue={shown("quarter", "1")}
                errors={e.quarter}
              />
            ) : null}
            {kind === "month" ? (
              <SelectField
                name="month"
                label="월"
                options={MONTHS}
                defaultValue={shown("month", "1")}
                errors={e.month}
              />
            ) : null}
            {kind === "span" ? (
              <>
                <TextField
                  name="fromYear"
                  label="시작 연도"
                  inputMode="numeric"
                  defaultValue={shown("fromYear")}
                  errors={e.fromYear}
                />
                <TextField
                  name="toYear"
                  label="끝 연도"
                  inputMode="numeric"
                  defaultValue={shown("toYear", thisYear)}
                  errors={e.toYear}
                />
              </>
            ) : null}
            {kind === "date" ? (
              <TextField name="date" label="날짜" type="date" defaultValue={shown("date")} errors={e.date} />
            ) : null}
          </>
        )}
        <TextField
          name="value"
          label={`값(${unitLabel})`}
          hint={`예: 1,234.5 또는 -2.1 (단위 ${withParticle(unitLabel, "은/는")} 붙여도 됩니다)`}
          inputMode="decimal"
          required
          defaultValue={shown("value", editing?.typed ?? "")}
          errors={e.value}
        />
        <TextAreaField
          name="comparisons"
          label="비교"
          rows={2}
          hint="한 줄에 하나씩, 출처에 적힌 대로 (예: 도내 2위). 없으면 비워 두세요."
          defaultValue={shown("comparisons", editing?.comparisons ?? "")}
          errors={e.comparisons}
        />
        <TextAreaField
          name="references"
          label="참고 값"
          rows={2}
          hint="한 줄에 하나씩 이름, 숫자, 단위 (예: 전국 0.778명). 없으면 비워 두세요."
          defaultValue={shown("references", editing?.references ?? "")}
          errors={e.references}
        />
        <SubmitButton>저장</SubmitButton>
      </form>
    </>
  );
}
