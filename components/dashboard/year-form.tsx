import styles from "./dashboard.module.css";

/** A plain GET form, so choosing a year works without JavaScript and the URL can be shared. */
export function YearForm({ years, selected }: { years: number[]; selected: number }) {
  return (
    <form method="get" action="/" className={`${styles.yearForm} no-print`}>
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
