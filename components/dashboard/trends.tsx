import { BarChartFigure, type BarDatum } from "@/components/charts/bar-chart-figure";
import { currentPoint, kpiValueText } from "@/components/kpis/kpi-text";
import { TableScroll } from "@/components/ui/table-scroll";
import type { PublicKpi } from "@/lib/data/public-kpis";
import { listYearTotals, type YearTotals } from "@/lib/data/year-trends";
import { formatCount, formatMillionWon } from "@/lib/format";
import { wonToMillionWon } from "@/lib/money";
import styles from "./dashboard.module.css";

/** "2022년 62건(1,100.0백만원) → 2023년 61건(1,270.5백만원)": the whole series in words, oldest first. */
export function describeYearSeries(series: Omit<YearTotals, "baselineOnly">[]): string {
  if (series.length === 0) return "기록된 연도가 없습니다.";
  const steps = series.map(
    (s) => `${s.year}년 ${formatCount(s.awardCount)}건(${formatMillionWon(s.incentiveTotalWon, { unit: true })})`,
  );
  return `연도별 수상 건수와 인센티브는 ${steps.join(" → ")}입니다.`;
}

function KpiTrend({ kpi }: { kpi: PublicKpi }) {
  const data: BarDatum[] = kpi.values.map((p) => ({
    label: p.period,
    value: Number(p.value),
    display: kpiValueText(kpi, p.value),
  }));
  const caption = `${kpi.name} 기간별 값`;
  return (
    <section aria-label={caption} className={styles.trendItem}>
      <p>
        {kpi.name}: {data.map((d) => `${d.label} ${d.display}`).join(" → ")}
      </p>
      <BarChartFigure title={caption} data={data} />
      <details className={styles.tableDetails}>
        <summary>{kpi.name} 값을 표로 보기</summary>
        <TableScroll label={caption}>
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">기간</th>
                <th scope="col" className="num">
                  값
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((d, i) => (
                <tr key={`${d.label}-${i}`}>
                  <th scope="row">{d.label}</th>
                  <td className="num">{d.display}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}

/**
 * Every recorded year side by side (a totals-only year such as 2022 included), and each KPI that
 * has more than one period, with the same text and table alternatives as the year's breakdowns.
 */
export async function Trends({ kpis }: { kpis: PublicKpi[] }) {
  const summaries = await listYearTotals();
  const kpiSeries = kpis.filter((k) => k.values.length > 1 && currentPoint(k));
  if (summaries.length === 0) return null;
  const caption = "연도별 수상 건수와 인센티브";
  return (
    <section aria-labelledby="trends-heading" className={styles.section}>
      <h2 id="trends-heading">연도별 추이</h2>
      <p>{describeYearSeries(summaries)}</p>
      <div className={styles.chartGrid}>
        <BarChartFigure
          title="연도별 수상 건수"
          data={summaries.map((s) => ({
            label: `${s.year}년`,
            value: s.awardCount,
            display: `${formatCount(s.awardCount)}건`,
          }))}
        />
        <BarChartFigure
          title="연도별 인센티브"
          data={summaries.map((s) => ({
            label: `${s.year}년`,
            value: wonToMillionWon(s.incentiveTotalWon),
            display: formatMillionWon(s.incentiveTotalWon, { unit: true }),
          }))}
        />
      </div>
      <details className={styles.tableDetails}>
        <summary>연도별 자료를 표로 보기</summary>
        <TableScroll label={caption}>
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">연도</th>
                <th scope="col" className="num">
                  수상 건수(건)
                </th>
                <th scope="col" className="num">
                  인센티브(백만원)
                </th>
              </tr>
            </thead>
            <tbody>
              {summaries.map((s) => (
                <tr key={s.year}>
                  <th scope="row">
                    <a href={`/years/${s.year}`}>
                      {s.year}년{s.baselineOnly ? " (총계만 기록)" : ""}
                    </a>
                  </th>
                  <td className="num">{formatCount(s.awardCount)}</td>
                  <td className="num">{formatMillionWon(s.incentiveTotalWon)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
      <h3>지표별 추이</h3>
      {kpiSeries.length === 0 ? (
        <p>둘 이상의 기간이 기록된 지표가 아직 없어, 지표마다 현재 값 하나만 있습니다.</p>
      ) : (
        kpiSeries.map((k) => <KpiTrend key={k.id} kpi={k} />)
      )}
    </section>
  );
}
