"use client";

import { useActionState, useRef, useState } from "react";
import { saveKpiValueAction } from "@/lib/actions/kpis/save-kpi-value";
import { IDLE } from "@/lib/actions/form-state";
import { SelectField, TextField } from "@/components/forms/field";
import { fieldValue, formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { KPI_HALVES } from "@/lib/validations/kpi";

type Existing = {
  id: number;
  version: number;
  period: string;
  typed: string;
  /** The version of the open proposal on this value, if there is one. */
  proposalVersion?: number;
};

/**
 * Adds a value for a new period, or corrects one already recorded (pick it in 고칠 기록). A new
 * period never overwrites the history.
 */
export function KpiValueForm({
  kpiId,
  unitLabel,
  existing,
}: {
  kpiId: number;
  unitLabel: string;
  existing: Existing[];
}) {
  const [state, action] = useActionState(saveKpiValueAction, IDLE);
  const [editing, setEditing] = useState<Existing | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const e = state.errors ?? {};
  const [year, half] = editing ? splitPeriod(editing.period) : [new Date().getFullYear(), "year"];
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
        {editing ? <input type="hidden" name="version" value={editing.version} /> : null}
        <TextField
          name="year"
          label="연도"
          inputMode="numeric"
          required
          defaultValue={fieldValue(state, "year", year)}
          errors={e.year}
          readOnly={Boolean(editing)}
        />
        <SelectField
          name="half"
          label="구분"
          options={Object.entries(KPI_HALVES).map(([value, label]) => ({ value, label }))}
          defaultValue={fieldValue(state, "half", half)}
          errors={e.half}
          disabled={Boolean(editing)}
        />
        {editing ? <input type="hidden" name="half" value={half} /> : null}
        <TextField
          name="value"
          label={`값(${unitLabel})`}
          inputMode="decimal"
          required
          defaultValue={fieldValue(state, "value", editing?.typed ?? "")}
          errors={e.value}
        />
        <SubmitButton>저장</SubmitButton>
      </form>
    </>
  );
}

/** "2024 상반기" → [2024, "first"]; "2024" → [2024, "year"]. */
function splitPeriod(period: string): [number, string] {
  const [year, label] = period.split(" ");
  const half = Object.entries(KPI_HALVES).find(([, l]) => l === label)?.[0] ?? "year";
  return [Number(year), half];
}
