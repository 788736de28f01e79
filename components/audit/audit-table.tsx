import { EmptyValue } from "@/components/ui/empty-value";
import { TableScroll } from "@/components/ui/table-scroll";
import type { AuditEntry } from "@/db/schema";
import { formatCount, formatDateTime } from "@/lib/format";
import { auditActionLabel } from "@/lib/audit/actions";
import { auditEntityLabel } from "@/lib/audit/entities";
import { AuditJson } from "./audit-json";
import { auditHref } from "./audit-query";
import styles from "./audit.module.css";

export type AuditRow = AuditEntry & { department: string | null };

function Target({ row }: { row: AuditRow }) {
  const label = auditEntityLabel(row.entityType);
  if (row.entityId === null) return <>{label}</>;
  // Links to this record's whole history. A plain link: fifty <Link>s would prefetch fifty dynamic pages.
  return (
    <a href={auditHref({ entityType: row.entityType, entityId: row.entityId })}>
      {label} #{row.entityId}
      <span className="visually-hidden"> 기록만 보기</span>
    </a>
  );
}

type Props = { rows: AuditRow[]; total: number; page: number; pageSize: number };

export function AuditTable({ rows, total, page, pageSize }: Props) {
  return (
    <TableScroll label="감사 기록 표">
      <table className="data-table">
        <caption>{caption(total, page, pageSize)}</caption>
        <thead>
          <tr>
            <th scope="col">일시</th>
            <th scope="col">사용자</th>
            <th scope="col">작업</th>
            <th scope="col">대상</th>
            <th scope="col">부서</th>
            <th scope="col">메모</th>
            <th scope="col">변경 전/후</th>
            <th scope="col">IP</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="num">
                <time dateTime={row.at.toISOString()}>{formatDateTime(row.at)}</time>
              </th>
              <td>{row.actorName ?? <EmptyValue />}</td>
              <td>
                {auditActionLabel(row.action)}
                <br />
                <code className={styles.code}>{row.action}</code>
              </td>
              <td className={styles.nowrap}>
                <Target row={row} />
              </td>
              <td>{row.department ?? <EmptyValue />}</td>
              <td>{row.note ?? <EmptyValue />}</td>
              <td>
                {row.before === null && row.after === null ? <EmptyValue /> : null}
                {row.before !== null ? <AuditJson label="변경 전" text={row.before} /> : null}
                {row.after !== null ? <AuditJson label="변경 후" text={row.after} /> : null}
              </td>
              <td className="num">{row.ip ?? <EmptyValue />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** "총 123건 중 51–100번째", so the count is read out with the table. */
function caption(total: number, page: number, pageSize: number): string {
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  return `감사 기록 — 총 ${formatCount(total)}건 중 ${formatCount(first)}–${formatCount(last)}번째`;
}
