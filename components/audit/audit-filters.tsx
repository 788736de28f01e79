import Link from "next/link";
import type { AuditFilter } from "@/lib/data/audit";
import type { AuditActor } from "@/lib/data/audit-filters";
import type { RegistryDepartment } from "@/lib/data/public-registry";
import { AUDIT_ENTITY_LABELS, AUDIT_ENTITY_TYPES } from "./audit-labels";
import styles from "./audit.module.css";

type Props = { filter: AuditFilter; actors: AuditActor[]; departments: RegistryDepartment[] };

/**
 * The filters as a plain GET form: every choice lands in the URL, so a view of the log can be
 * bookmarked or sent to a colleague, and it works before JavaScript loads. A new search starts at page 1.
 */
export function AuditFilters({ filter, actors, departments }: Props) {
  return (
    <form method="get" action="/audit" role="search" aria-labelledby="audit-filters-heading" className={styles.filters}>
      <h2 id="audit-filters-heading">검색 조건</h2>
      <div className={styles.filterGrid}>
        <div className="field">
          <label htmlFor="audit-user">사용자</label>
          <select id="audit-user" name="userId" defaultValue={filter.userId ?? ""}>
            <option value="">전체</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.displayName} ({a.username})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-department">부서</label>
          <select id="audit-department" name="departmentId" defaultValue={filter.departmentId ?? ""}>
            <option value="">전체</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity-type">대상 종류</label>
          <select id="audit-entity-type" name="entityType" defaultValue={filter.entityType ?? ""}>
            <option value="">전체</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {AUDIT_ENTITY_LABELS[type]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity-id">대상 번호</label>
          <input id="audit-entity-id" name="entityId" type="number" inputMode="numeric" min={1} step={1} defaultValue={filter.entityId ?? ""} aria-describedby="audit-entity-id-hint" />
          <p id="audit-entity-id-hint" className="field-hint">
            표의 대상 열에 있는 번호(#)입니다.
          </p>
        </div>
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button">
          조회
        </button>
        <Link href="/audit" className="button button--secondary">
          조건 지우기
        </Link>
      </div>
    </form>
  );
}
