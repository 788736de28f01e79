"use client";

import { useActionState, useRef } from "react";
import { SelectField, TextField } from "@/components/forms/field";
import { fieldValue, formKey } from "@/components/forms/field-props";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { TableScroll } from "@/components/ui/table-scroll";
import { IDLE } from "@/lib/actions/form-state";
import { splitDepartmentAction } from "@/lib/actions/registry/split-department";
import type { SplitRecords } from "@/lib/data/reorganisations";

/** The second step of a split: every record of the old department with the new department it goes to. */
export function SplitDepartmentForm({ records, targetNames }: { records: SplitRecords; targetNames: string[] }) {
  const [state, action] = useActionState(splitDepartmentAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const e = state.errors ?? {};
  const options = targetNames.map((name, i) => ({ value: i, label: name }));
  const rows = [
    ...records.awards.map((a) => ({
      key: `award-${a.id}`,
      kind: "수상 실적",
      label: `${a.year} ${a.title}${a.deleted ? " (휴지통)" : ""}`,
    })),
    ...records.kpis.map((k) => ({ key: `kpi-${k.id}`, kind: "성과 지표", label: k.name })),
  ];
  return (
    <form ref={formRef} action={action} noValidate aria-labelledby="split-assign-heading" key={formKey(state)}>
      <FormStatus state={state} formRef={formRef} />
      <input type="hidden" name="fromId" value={records.department.id} />
      {targetNames.map((name) => (
        <input key={name} type="hidden" name="targetNames" value={name} />
      ))}
      {e.targetNames || e.targets ? (
        <p className="alert alert--error">{[...(e.targetNames ?? []), ...(e.targets ?? [])].join(" ")}</p>
      ) : null}
      <TextField
        id="split-effectiveOn"
        name="effectiveOn"
        label="나뉜 날짜"
        type="date"
        required
        defaultValue={fieldValue(state, "effectiveOn", "")}
        errors={e.effectiveOn}
      />
      <TableScroll label="옮길 기록 표">
        <table className="data-table">
          <caption>
            {records.department.name}의 기록 {rows.length}건: 기록마다 옮겨 갈 부서를 고르세요
          </caption>
          <thead>
            <tr>
              <th scope="col">종류</th>
              <th scope="col">기록</th>
              <th scope="col">옮겨 갈 부서</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td>{r.kind}</td>
                <th scope="row" id={`${r.key}-label`}>
                  {r.label}
                </th>
                <td>
                  <SelectField
                    id={`split-${r.key}`}
                    name={r.key}
                    label={`${r.label}: 옮겨 갈 부서`}
                    required
                    placeholder="부서 선택"
                    options={options}
                    defaultValue={fieldValue(state, r.key, "")}
                    errors={e[r.key]}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <SubmitButton>부서 나누기</SubmitButton>
    </form>
  );
}
