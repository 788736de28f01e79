import { TableScroll } from "@/components/ui/table-scroll";
import type { ImportReport, ImportRowView } from "@/lib/data/import";
import { IMPORT_COLUMNS } from "@/lib/validations/import";
import styles from "./import.module.css";

export const REPORT_HEADING_ID = "import-report-title";
/** A browser table of 10,000 rows helps no one: every row with a finding, then clean rows up to this. */
const SHOWN_ROWS = 500;

function rowsToShow(rows: ImportRowView[]): ImportRowView[] {
  const noted = rows.filter((r) => r.errors.length || r.flags.length);
  const clean = rows
    .filter((r) => !r.errors.length && !r.flags.length)
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
          등록할 수 있는 행 <strong className="num">{n(report.valid)}행</strong>
        </li>
        <li className={invalid ? styles.bad : undefined}>
          오류가 있는 행 <strong className="num">{n(invalid)}행</strong>
        </li>
        <li>
          확인할 점이 있는 행 <strong className="num">{n(flagged)}행</strong>
        </li>
      </ul>
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
              {IMPORT_COLUMNS.map((c) => (
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
                {IMPORT_COLUMNS.map((c) => (
                  <td key={c} className={r.errors.some((e) => e.column === c) ? styles.badCell : undefined}>
                    {r.cells[c]}
                  </td>
                ))}
                <td>
                  {r.valid ? (
                    <p className={styles.ok}>{report.mode === "publish" ? "등록 가능" : "제출 가능"}</p>
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
