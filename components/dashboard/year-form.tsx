import styles from "./dashboard.module.css";

/**
 * A plain GET form, so choosing a year works without JavaScript: /years?year=2022 redirects to the
 * prerendered /years/2022, whose URL can be shared.
 */
export function YearForm({ years, selected }: { years: number[]; selected: number }) {
  return (
    <form method="get" action="/years" className={`${styles.yearForm} no-print`}>
      <div className="field">
        <label htmlFor="dashboard-year">연도</label>
        <select id="dashboard-year" name="year" defaultValue={selected}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}년
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        보기
      </button>
    </form>
  );
}
