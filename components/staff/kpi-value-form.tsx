"use client";

import { useActionState, useRef, useState } from "react";
import { saveKpiValueAction } from "@/lib/actions/kpis/save-kpi-value";
import { IDLE } from "@/lib/actions/form-state";
import { SelectField, TextField } from "@/components/forms/field";
import { fieldValue, formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { KPI_HALVES } from "@/lib/validations/kpi";

type Existing = { id: number; version: number; period: string; typed: string };

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
        <input type="hidden" name="kpiId" value={kpiId} />
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
