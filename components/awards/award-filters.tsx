import { SelectField } from "@/components/forms/field";
import { AGENCY_KINDS } from "@/db/schema";
import { AWARD_PAGE_SIZES, awardQueryToParams, NO_GRADE, type AwardQuery } from "@/lib/validations/award-query";
import { AWARD_SEARCH_PATH } from "./award-links";
import type { AwardFilterOptions } from "./filter-options";
import styles from "./awards.module.css";

/** A shared link may hold a value the form does not offer (a totals-only year, an odd page size): show it selected. */
function withSelected(values: number[], selected: number | undefined): number[] {
  return selected === undefined || values.includes(selected) ? [...values] : [...values, selected];
}

/**
 * The filters as a plain GET form: it works without JavaScript and leaves every choice in the URL,
 * so a filtered view can be bookmarked and shared. A form submits every field, the empty ones too,
 * so it goes by /awards/search, which answers with the canonical link (`/awards?department=6`).
 * Submitting starts again from page 1.
 */
export function AwardFilters({ query, options }: { query: AwardQuery; options: AwardFilterOptions }) {
  const years = withSelected(options.years, query.year).sort((a, b) => b - a);
  const pageSizes = withSelected([...AWARD_PAGE_SIZES], query.pageSize).sort((a, b) => a - b);
  // The chosen order survives a new search.
  const kept = awardQueryToParams({ sort: query.sort, dir: query.dir });
  return (
    <form
      method="get"
      action={AWARD_SEARCH_PATH}
      role="search"
      aria-labelledby="award-filters-heading"
      className={styles.filters}
    >
      <h2 id="award-filters-heading" className={styles.filtersHeading}>
        검색 조건
      </h2>
      <div className={styles.filterGrid}>
        <SelectField
          id="filter-year"
          name="year"
          label="연도"
          placeholder="전체"
          defaultValue={query.year ?? ""}
          options={years.map((y) => ({ value: y, label: `${y}년` }))}
        />
        <div className="field">
          <label htmlFor="filter-agency">주관기관</label>
          <select id="filter-agency" name="agency" defaultValue={query.agency ?? ""}>
            <option value="">전체</option>
            {AGENCY_KINDS.map((kind) => (
              <optgroup key={kind} label={options.kindLabels[kind]}>
                {options.agencies
                  .filter((a) => a.kind === kind)
                  .map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <SelectField
          id="filter-kind"
          name="kind"
          label="기관 유형"
          placeholder="전체"
          defaultValue={query.kind ?? ""}
          options={AGENCY_KINDS.map((kind) => ({ value: kind, label: options.kindLabels[kind] }))}
        />
        <SelectField
          id="filter-department"
          name="department"
          label="담당부서"
          placeholder="전체"
          defaultValue={query.department ?? ""}
          options={options.departments.map((d) => ({ value: d.id, label: d.name }))}
        />
        <SelectField
          id="filter-grade"
          name="grade"
          label="등급"
          placeholder="전체"
          defaultValue={query.grade ?? ""}
          options={[...options.grades.map((g) => ({ value: g, label: g })), { value: NO_GRADE, label: "등급 없음" }]}
        />
        <div className="field">
          <label htmlFor="filter-q">검색어</label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            maxLength={100}
            aria-describedby="filter-q-hint"
          />
          <span id="filter-q-hint" className="field-hint">
            수상명, 주관기관, 담당부서, 등급에서 찾습니다. 띄어쓰기는 상관없고, 초성만으로도 찾을 수 있습니다.
          </span>
        </div>
        <SelectField
          id="filter-page-size"
          name="pageSize"
          label="쪽당 행 수"
          defaultValue={query.pageSize}
          options={pageSizes.map((n) => ({ value: n, label: `${n}개` }))}
        />
      </div>
      {[...kept].map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className={styles.filterActions}>
        <button type="submit" className="button">
          검색
        </button>
        <a href="/awards" className="button button--secondary">
          초기화
        </a>
      </div>
    </form>
  );
}
