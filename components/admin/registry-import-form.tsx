"use client";

import { useActionState, useRef } from "react";
import { TextField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { TableScroll } from "@/components/ui/table-scroll";
import { IDLE } from "@/lib/actions/form-state";
import { importRegistryListAction } from "@/lib/actions/registry/import-registry-list";
import type { RegistryImportReport, RegistryRowKind } from "@/lib/data/registry-import";
import { REGISTRY_LIST_COLUMNS } from "@/lib/review/registry-list-file";
import styles from "./admin.module.css";

const KIND_LABELS: Record<RegistryRowKind, string> = { add: "추가", update: "변경", same: "변경 없음" };

/** 검사하기 (dry run, row by row) then 등록하기 with the same file: the server reads it again each time. */
export function RegistryImportForm({ labelledBy }: { labelledBy: string }) {
  const [state, action] = useActionState(importRegistryListAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const report = state.data?.report as RegistryImportReport | undefined;
  return (
    <>
      <form ref={formRef} action={action} aria-labelledby={labelledBy} noValidate>
        <FormStatus state={state} formRef={formRef} />
        <TextField
          id="registry-import-file"
          name="file"
          type="file"
          label="목록 파일 (XLSX 또는 CSV)"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hint={`첫 행에 열 이름 ${REGISTRY_LIST_COLUMNS.join(", ")}을 적습니다. 구분은 ‘부서’ 또는 ‘주관기관’, 사용은 비워 두거나 ‘사용’ 또는 ‘중지’입니다.`}
          errors={state.errors?.file}
        />
        <div className={styles.rowForm}>
          <button type="submit" name="mode" value="check" className="button button--secondary">
            검사하기
          </button>
          <button type="submit" name="mode" value="confirm" className="button">
            등록하기
          </button>
        </div>
      </form>
      {report ? (
        <TableScroll label="검사 결과 표">
          <table className="data-table">
            <caption>
              {report.fileName}: 추가 {report.counts.add}건, 변경 {report.counts.update}건, 변경 없음{" "}
              {report.counts.same}건, 오류 {report.counts.invalid}건
            </caption>
            <thead>
              <tr>
                <th scope="col">행</th>
                <th scope="col">처리</th>
                {REGISTRY_LIST_COLUMNS.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
                <th scope="col">오류</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.row}>
                  <th scope="row">{r.row}행</th>
                  <td>{r.kind ? KIND_LABELS[r.kind] : "오류"}</td>
                  {REGISTRY_LIST_COLUMNS.map((c) => (
                    <td key={c}>{r.cells[c]}</td>
                  ))}
                  <td>{r.errors.map((e) => `${e.column}: ${e.message}`).join(" ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </>
  );
}
