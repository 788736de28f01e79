import Link from "next/link";
import { SelectField, TextField } from "@/components/forms/field";
import type { AuditFilter } from "@/lib/data/audit";
import type { AuditActor } from "@/lib/data/audit-filters";
import type { RegistryDepartment } from "@/lib/data/public-registry";
import { AUDIT_ENTITY_LABELS, AUDIT_ENTITY_TYPES } from "@/lib/audit/entities";
import styles from "./audit.module.css";

type Props = {
  filter: AuditFilter;
  actors: AuditActor[];
  departments: RegistryDepartment[];
  /** The period as typed (kept when it was refused), and what is wrong with it. */
  period: { from: string; to: string };
  errors: Record<string, string[]>;
};

const PERIOD_LABELS: Record<string, string> = { from: "시작일", to: "종료일" };

/**
 * The filters as a plain GET form: every choice lands in the URL, so a view of the log can be
 * bookmarked or sent to a colleague, and it works before JavaScript loads. It goes by /audit/search,
 * which drops the empty fields from the link. A new search starts at page 1.
 */
export function AuditFilters({ filter, actors, departments, period, errors }: Props) {
  const refused = Object.keys(errors);
  return (
    <form
      method="get"
      action="/audit/search"
      role="search"
      aria-labelledby="audit-filters-heading"
      className={styles.filters}
    >
      <h2 id="audit-filters-heading">검색 조건</h2>
      {refused.length > 0 ? (
        <div role="alert" className="alert alert--error">
          기간을 확인해 주세요.
          <ul className="error-summary" aria-label="고칠 항목">
            {refused.map((name) => (
              <li key={name}>
                <a href={`#audit-${name}`}>{PERIOD_LABELS[name]}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className={styles.filterGrid}>
        <TextField
          id="audit-from"
          name="from"
          label="시작일"
          inputMode="numeric"
          autoComplete="off"
          placeholder="2024-01-01"
          hint="예: 2024-01-01 (이날 0시부터)"
          defaultValue={period.from}
          errors={errors.from}
        />
        <TextField
          id="audit-to"
          name="to"
          label="종료일"
          inputMode="numeric"
          autoComplete="off"
          placeholder="2024-12-31"
          hint="예: 2024-12-31 (이날 끝까지)"
          defaultValue={period.to}
          errors={errors.to}
        />
        <SelectField
          id="audit-user"
          name="userId"
          label="사용자"
          placeholder="전체"
          defaultValue={filter.userId ?? ""}
          options={actors.map((a) => ({ value: a.id, label: `${a.displayName} (${a.username})` }))}
        />
        <SelectField
          id="audit-department"
          name="departmentId"
          label="부서"
          placeholder="전체"
          defaultValue={filter.departmentId ?? ""}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
        />
        <SelectField
          id="audit-entity-type"
          name="entityType"
          label="대상 종류"
          placeholder="전체"
          defaultValue={filter.entityType ?? ""}
          options={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: AUDIT_ENTITY_LABELS[type] }))}
        />
        <div className="field">
          <label htmlFor="audit-entity-id">대상 번호</label>
          <input
            id="audit-entity-id"
            name="entityId"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            defaultValue={filter.entityId ?? ""}
            aria-describedby="audit-entity-id-hint"
          />
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
