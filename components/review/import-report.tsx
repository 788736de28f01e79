import { TableScroll } from "@/components/ui/table-scroll";
import type { ImportReport, ImportRowKind, ImportRowView } from "@/lib/data/import";
import { formatMillionWon } from "@/lib/format";
import { AWARD_IMPORT_COLUMNS } from "@/lib/validations/import";
import styles from "./import.module.css";

export const REPORT_HEADING_ID = "import-report-title";
/** A browser table of 10,000 rows helps no one: every row with a finding, then clean rows up to this. */
const SHOWN_ROWS = 500;

const KIND_LABELS: Record<ImportRowKind, string> = { add: "추가", update: "변경", same: "변경 없음" };

/** Rows that add or change something, or have a finding, come first; unchanged rows fill up to SHOWN_ROWS. */
function rowsToShow(rows: ImportRowView[]): ImportRowView[] {
  const noted = rows.filter((r) => r.errors.length || r.flags.length || r.kind === "add" || r.kind === "update");
  const clean = rows
    .filter((r) => !r.errors.length && !r.flags.length && r.kind === "same")
    .slice(0, Math.max(0, SHOWN_ROWS - noted.length));
  return [...noted, ...clean].sort((a, b) => a.row - b.row);
}

/** The dry run, row by row: what each row would add, and what is wrong with it, by column. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const invalid = report.total - report.valid;
  const flagged = report.rows.filter((r) => r.flags.length).length;
  const shown = rowsToShow(report.rows);
  const n = (v: number) => v.toLocaleString("ko-KR");
  return (
    <section aria-labelledby={REPORT_HEADING_ID} className={styles.report}>
      <h2 id={REPORT_HEADING_ID} tabIndex={-1}>
        검사 결과: {report.fileName}
      </h2>
      <ul className={styles.summary}>
        <li>
          전체 <strong className="num">{n(report.total)}행</strong>
        </li>
        <li>
          추가 <strong className="num">{n(report.counts.add)}행</strong>
        </li>
        <li>
          변경 <strong className="num">{n(report.counts.update)}행</strong>
        </li>
        <li>
          변경 없음 <strong className="num">{n(report.counts.same)}행</strong>
        </li>
        <li className={invalid ? styles.bad : undefined}>
          오류 <strong className="num">{n(invalid)}행</strong>
        </li>
        <li>
          확인할 점이 있는 행 <strong className="num">{n(flagged)}행</strong>
        </li>
      </ul>
      {report.effect.length ? (
        <ul aria-label="공개 합계에 미치는 영향">
          {report.effect.map((e) => (
            <li key={e.year}>
              {e.year}년 공개 합계: {n(e.before.awardCount)}건 /{" "}
              {formatMillionWon(e.before.incentiveTotalWon, { unit: true })} →{" "}
              <strong>
                {n(e.after.awardCount)}건 / {formatMillionWon(e.after.incentiveTotalWon, { unit: true })}
              </strong>
            </li>
          ))}
        </ul>
      ) : (
        <p>공개 합계는 바뀌지 않습니다.</p>
      )}
      {shown.length < report.rows.length ? (
        <p>
          {n(report.rows.length)}행 가운데 {n(shown.length)}행만 보여 줍니다. 오류나 확인할 점이 있는 행은 모두
          보입니다.
        </p>
      ) : null}
      <TableScroll label="행별 검사 결과">
        <table className="data-table">
          <caption>행별 검사 결과</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                행
              </th>
              {AWARD_IMPORT_COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
              <th scope="col">결과</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.row} className={r.valid ? undefined : styles.invalid}>
                <th scope="row" className="num">
                  {r.row}행
                </th>
                {AWARD_IMPORT_COLUMNS.map((c) => (
                  <td key={c} className={r.errors.some((e) => e.column === c) ? styles.badCell : undefined}>
                    {r.cells[c]}
                  </td>
                ))}
                <td>
                  {r.kind ? <p className={styles.ok}>{KIND_LABELS[r.kind]}</p> : null}
                  {r.before ? (
                    <p>
                      바뀌는 값:{" "}
                      {AWARD_IMPORT_COLUMNS.filter((c) => r.before![c] !== r.cells[c])
                        .map((c) => `${c} 「${r.before![c]}」 → 「${r.cells[c]}」`)
                        .join(", ")}
                    </p>
                  ) : null}
                  {r.errors.map((e, i) => (
                    <p key={`e${i}`} className={styles.error}>
                      오류 — {r.row}행 {e.column}: {e.message}
                    </p>
                  ))}
                  {r.flags.map((f, i) => (
                    <p key={`f${i}`} className={styles.flag}>
                      {f.message}
                    </p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
