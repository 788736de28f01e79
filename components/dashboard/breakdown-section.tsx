import { BarChartFigure } from "@/components/charts/bar-chart-figure";
import { describeRanking, type RankedItem } from "@/components/charts/chart-summary";
import type { Totals } from "@/lib/data/public-summary";
import { formatCount, formatMillionWon } from "@/lib/format";
import { wonToMillionWon } from "@/lib/money";
import { BreakdownTable } from "./breakdown-table";
import type { BreakdownRow } from "./breakdowns";
import styles from "./dashboard.module.css";

type Props = {
  id: string;
  /** "주관기관별" */
  title: string;
  /** Header of the name column: "주관기관" */
  nameHeader: string;
  rows: BreakdownRow[];
  total?: Totals;
  note?: React.ReactNode;
};

function countItems(rows: BreakdownRow[]): RankedItem[] {
  return rows
    .map((r) => ({ label: r.label, value: r.awardCount, display: `${formatCount(r.awardCount)}건` }))
    .sort((a, b) => b.value - a.value);
}

// Lines without any incentive are left out of the incentive chart (the table keeps them) so the
// bars that matter are not lost among empty ones.
function incentiveItems(rows: BreakdownRow[]): RankedItem[] {
  return rows
    .filter((r) => r.incentiveTotalWon > 0)
    .map((r) => ({
      label: r.label,
      value: wonToMillionWon(r.incentiveTotalWon),
      display: formatMillionWon(r.incentiveTotalWon, { unit: true }),
    }))
    .sort((a, b) => b.value - a.value);
}

/** Award counts and incentives along one dimension: two charts, what they show in words, and a table. */
export function BreakdownSection({ id, title, nameHeader, rows, total, note }: Props) {
  const counts = countItems(rows);
  const incentives = incentiveItems(rows);
  const withoutIncentive = rows.length - incentives.length;
  const caption = `${title} 수상 건수와 인센티브`;
  return (
    <section aria-labelledby={id} className={styles.breakdown}>
      <h3 id={id}>{caption}</h3>
      {note && <p className={styles.note}>{note}</p>}
      <p>수상 건수는 {describeRanking(counts)}</p>
      <p>
        인센티브는 {describeRanking(incentives)}
        {withoutIncentive > 0 &&
          ` 인센티브가 없는 ${formatCount(withoutIncentive)}개 항목은 그래프에서 빼고 표에만 실었습니다.`}
      </p>
      <div className={styles.chartGrid}>
        <BarChartFigure title={`${title} 수상 건수`} data={counts} />
        <BarChartFigure title={`${title} 인센티브`} data={incentives} />
      </div>
      <details className={styles.tableDetails}>
        <summary>{title} 자료를 표로 보기</summary>
        <BreakdownTable caption={caption} nameHeader={nameHeader} rows={rows} total={total} />
      </details>
    </section>
  );
}
