import { EmptyValue } from "@/components/ui/empty-value";
import { TableScroll } from "@/components/ui/table-scroll";
import type { ChangeRow } from "@/lib/review/change-rows";
import styles from "./review.module.css";

/** 현재 게시 beside 제안, with the lines that change marked in words as well as in bold. */
export function ChangeTable({ caption, rows, deleting }: { caption: string; rows: ChangeRow[]; deleting: boolean }) {
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">항목</th>
            <th scope="col">현재 게시</th>
            <th scope="col">제안</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className={row.changed ? styles.changed : undefined}>
              <th scope="row">
                {row.label}
                {row.changed ? <span className="visually-hidden"> (바뀜)</span> : null}
              </th>
              <td>{row.before ?? <EmptyValue />}</td>
              <td>{row.after ?? (deleting ? "삭제" : <EmptyValue />)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
