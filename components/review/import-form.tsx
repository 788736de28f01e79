"use client";

import { useEffect, useRef, useState } from "react";
import type { ImportReport } from "@/lib/data/import";
import { formatMillionWon } from "@/lib/format";
import { particleFor } from "@/lib/korean";
import { readMessages } from "@/lib/review/import-stream";
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, OPTIONAL_IMPORT_COLUMNS } from "@/lib/validations/import";
import styles from "./import.module.css";
import { ImportProgress } from "./import-progress";
import { ImportReportView, REPORT_HEADING_ID } from "./import-report";

type Run = { kind: "check" | "confirm"; done: number; total: number | null };
type Outcome = { tone: "success" | "error"; message: string };

const LOST = "연결이 끊겼습니다. 등록 여부를 목록에서 확인한 뒤 다시 시도해 주세요.";

/**
 * Upload, dry run, confirm. Both steps send the file itself: the server reads and checks it again
 * on confirm, so what is written never depends on the browser's copy of the dry run.
 */
export function ImportForm({ mode }: { mode: ImportReport["mode"] }) {
  // Read from the input when sent, not kept in state: a file chosen before the page finished
  // loading fires no change event React sees.
  const fileInput = useRef<HTMLInputElement>(null);
  const [run, setRun] = useState<Run | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  // The form works only with JavaScript (it streams progress); until then 검사하기 stays disabled
  // rather than submitting the page to itself.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  async function send(kind: Run["kind"]) {
    const file = fileInput.current?.files?.[0];
    if (!file) return setOutcome({ tone: "error", message: "올릴 파일을 골라 주세요." });
    setRun({ kind, done: 0, total: null });
    setOutcome(null);
    const body = new FormData();
    body.set("file", file);
    body.set("confirm", kind === "confirm" ? "1" : "0");
    const finish = (next: Outcome | null, nextReport: ImportReport | null) => {
      setRun(null);
      setOutcome(next);
      setReport(nextReport);
      // Focus goes where the answer is: the message, or the dry run's heading.
      requestAnimationFrame(() => (next ? outcomeRef.current : document.getElementById(REPORT_HEADING_ID))?.focus());
    };
    try {
      const response = await fetch("/review/import/run", { method: "POST", body });
      if (!response.body) return finish({ tone: "error", message: "서버가 응답하지 않았습니다." }, null);
      for await (const message of readMessages(response.body)) {
        switch (message.type) {
          case "progress":
            setRun({ kind, done: message.done, total: message.total });
            break;
          case "report":
            return finish(null, message.report);
          case "refused":
            return finish({ tone: "error", message: message.message }, message.report);
          case "done":
            return finish({ tone: "success", message: message.message }, null);
          case "error":
            return finish({ tone: "error", message: message.message }, null);
        }
      }
      finish({ tone: "error", message: LOST }, null);
    } catch {
      finish({ tone: "error", message: LOST }, null);
    }
  }

  const changes = report ? report.counts.add + report.counts.update : 0;
  const ready = report !== null && report.total > 0 && report.valid === report.total && changes > 0;
  const [confirmed, setConfirmed] = useState(false);
  return (
    <div className={styles.import}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void send("check");
        }}
        className={styles.upload}
      >
        <div className="field">
          <label htmlFor="import-file">파일 (XLSX 또는 CSV)</label>
          <input
            ref={fileInput}
            id="import-file"
            name="file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-describedby="import-file-hint"
            onChange={() => {
              setReport(null);
              setOutcome(null);
              setConfirmed(false);
            }}
          />
          <p id="import-file-hint" className="field-hint">
            첫 행에 열 이름({IMPORT_COLUMNS.join(", ")})이 있어야 합니다. 담당부서가 여럿이면 쉼표(,)로 나눕니다.
            {OPTIONAL_IMPORT_COLUMNS.join(", ")} 열은 없어도 됩니다(없으면 고치는 수상 실적의 값을 그대로 둡니다). 한
            번에 {IMPORT_MAX_ROWS.toLocaleString("ko-KR")}행까지 올릴 수 있습니다.
          </p>
        </div>
        <button type="submit" className="button" disabled={!hydrated || run !== null}>
          검사하기
        </button>
      </form>

      {run ? <ImportProgress run={run} /> : null}
      <div ref={outcomeRef} tabIndex={-1} role={outcome?.tone === "error" ? "alert" : "status"} aria-live="polite">
        {outcome ? <p className={`alert alert--${outcome.tone}`}>{outcome.message}</p> : null}
      </div>

      {report ? (
        <>
          <ImportReportView report={report} />
          {ready ? (
            <div className="field">
              <h3 id="import-confirm-title">
                {mode === "publish" ? "게시하기 전에 확인해 주세요" : "제출하기 전에 확인해 주세요"}
              </h3>
              {/* The effect is repeated here, beside the button, not only above a long row table. */}
              {report.effect.length ? (
                <ul aria-labelledby="import-confirm-title">
                  {report.effect.map((e) => (
                    <li key={e.year}>
                      {mode === "publish" ? "게시하면" : "승인되면"} {e.year}년 공개 합계가{" "}
                      {e.before.awardCount.toLocaleString("ko-KR")}건 /{" "}
                      {formatMillionWon(e.before.incentiveTotalWon, { unit: true })}에서{" "}
                      <strong>
                        {e.after.awardCount.toLocaleString("ko-KR")}건 /{" "}
                        {formatMillionWon(e.after.incentiveTotalWon, { unit: true })}
                      </strong>
                      {particleFor(formatMillionWon(e.after.incentiveTotalWon, { unit: true }), "으로/로")}
                      {mode === "publish" ? " 바로 바뀝니다." : " 바뀝니다."}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>공개 합계(건수, 인센티브)는 바뀌지 않습니다. 수상명 등 내용만 바뀝니다.</p>
              )}
              <label>
                <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> 위 검사
                결과(추가 {report.counts.add.toLocaleString("ko-KR")}건, 변경{" "}
                {report.counts.update.toLocaleString("ko-KR")}건)를 확인했습니다
              </label>
              <button
                type="button"
                className="button"
                disabled={run !== null || !confirmed}
                onClick={() => void send("confirm")}
              >
                {changes.toLocaleString("ko-KR")}건 {mode === "publish" ? "게시" : "승인 요청으로 제출"}
              </button>
            </div>
          ) : report.valid === report.total && report.total > 0 ? (
            <p className="alert alert--success">바뀌는 행이 없습니다. 확정할 내용이 없습니다.</p>
          ) : (
            <p className="alert alert--error">
              잘못된 행이 있으면 아무것도 등록하지 않습니다. 표시된 행을 고친 뒤 파일을 다시 올려 주세요.
            </p>
          )}
        </>
      ) : null}
    </div>
  );
}
