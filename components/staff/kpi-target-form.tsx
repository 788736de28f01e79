"use client";

import { useActionState, useRef } from "react";
import { TextField } from "@/components/forms/field";
import { fieldValue, formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { saveKpiTargetAction } from "@/lib/actions/kpis/save-kpi-target";
import { IDLE } from "@/lib/actions/form-state";

/** A KPI's target and source; the target is typed in the KPI's input unit (억원 for money). */
export function KpiTargetForm({
  kpiId,
  version,
  proposalVersion,
  unitLabel,
  defaults,
}: {
  kpiId: number;
  version: number;
  proposalVersion: number | null;
  unitLabel: string;
  defaults: { target: string; targetLabel: string; source: string };
}) {
  const [state, action] = useActionState(saveKpiTargetAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const e = state.errors ?? {};
  return (
    <form ref={formRef} action={action} noValidate key={formKey(state)}>
      <FormStatus state={state} formRef={formRef} />
      <input type="hidden" name="kpiId" value={kpiId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="submissionVersion" value={proposalVersion ?? "none"} />
      <TextField
        name="target"
        label={`목표 (${unitLabel})`}
        inputMode="decimal"
        hint="목표가 없으면 비워 두세요."
        defaultValue={fieldValue(state, "target", defaults.target)}
        errors={e.target}
      />
      <TextField
        name="targetLabel"
        label="목표 설명"
        maxLength={50}
        hint="예: 민선 8기 목표"
        defaultValue={fieldValue(state, "targetLabel", defaults.targetLabel)}
        errors={e.targetLabel}
      />
      <TextField
        name="source"
        label="출처"
        required
        maxLength={200}
        defaultValue={fieldValue(state, "source", defaults.source)}
        errors={e.source}
      />
      <SubmitButton>목표·출처 저장</SubmitButton>
    </form>
  );
}
