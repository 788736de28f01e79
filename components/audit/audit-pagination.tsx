import type { AuditFilter } from "@/lib/data/audit";
import { formatCount } from "@/lib/format";
import { auditHref } from "./audit-query";
import styles from "./audit.module.css";

/** Previous and next pages of the same filtered view; a step past either end is not offered. */
export function AuditPagination({ filter, pageCount }: { filter: AuditFilter; pageCount: number }) {
  if (pageCount <= 1) return null;
  const { page } = filter;
  return (
    <nav aria-label="감사 기록 쪽 이동" className={styles.pagination}>
      {page > 1 ? (
        <a
          href={auditHref({ ...filter, page: Math.min(page - 1, pageCount) })}
          rel="prev"
          className="button button--secondary"
        >
          이전 쪽
        </a>
      ) : null}
      <p>
        {formatCount(page)} / {formatCount(pageCount)}쪽
      </p>
      {page < pageCount ? (
        <a href={auditHref({ ...filter, page: page + 1 })} rel="next" className="button button--secondary">
          다음 쪽
        </a>
      ) : null}
    </nav>
  );
}
