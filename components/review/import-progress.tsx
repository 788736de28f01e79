import styles from "./import.module.css";

type Props = { run: { kind: "check" | "confirm"; done: number; total: number | null } };

/**
 * How far the server has got: rows checked out of all rows. A confirm then writes every row in one
 * transaction, which has no steps to count, so the bar turns indeterminate while it commits.
 */
export function ImportProgress({ run }: Props) {
  const writing = run.kind === "confirm" && run.total !== null && run.done === run.total;
  const label = writing ? "저장하는 중" : "검사한 행";
  const share = run.total ? Math.floor((run.done / run.total) * 100) : 0;
  return (
    <div className={styles.progress}>
      <label htmlFor="import-progress">{label}</label>
      {writing || run.total === null ? (
        <progress id="import-progress" />
      ) : (
        <progress id="import-progress" value={run.done} max={run.total} />
      )}
      <p role="status" className="num">
        {run.total === null
          ? "파일을 보내는 중…"
          : writing
            ? `${run.total.toLocaleString("ko-KR")}행을 한 번에 저장하는 중…`
            : `${run.done.toLocaleString("ko-KR")} / ${run.total.toLocaleString("ko-KR")}행 (${share}%)`}
      </p>
    </div>
  );
}
