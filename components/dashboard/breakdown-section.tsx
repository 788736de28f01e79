import { BarChartFigure } from "@/components/charts/bar-chart-figure";
import { describeRanking, type RankedItem } from "@/components/charts/chart-summary";
import type { Totals } from "@/lib/data/public-summary";
import { formatCount, formatMillionWon } from "@/lib/format";
import { wonToMillionWon } from "@/lib/money";
import { BreakdownTable } from "./breakdown-table";
import { byAwardCount, byIncentive, splitLeading, type BreakdownRow, type RestLine } from "./breakdowns";
import styles from "./dashboard.module.css";

type Props = {
  id: string;
  /** "주관기관별" */
  title: string;
  /** Header of the name column: "주관기관" */
  nameHeader: string;
  /** What one line is, for the rest line: "그 외 290개 부서" */
  noun: string;
  rows: BreakdownRow[];
  total?: Totals;
  note?: React.ReactNode;
  /** The page with every line, linked when the dashboard shows only the leading ones. */
  fullHref: string;
};

export const restLabel = (rest: RestLine, noun: string) => `그 외 ${formatCount(rest.lines)}개 ${noun}`;

function countItem(label: string, awardCount: number): RankedItem {
  return { label, value: awardCount, display: `${formatCount(awardCount)}건` };
}

function incentiveItem(label: string, won: number): RankedItem {
  return { label, value: wonToMillionWon(won), display: formatMillionWon(won, { unit: true }) };
}

/** Award counts and incentives along one dimension: two charts, what they show in words, and a table. */
export function BreakdownSection({ id, title, nameHeader, noun, rows, total, note, fullHref }: Props) {
  // Lines without any incentive are left out of the incentive chart (the table keeps them) so the
  // bars that matter are not lost among empty ones.
  const paid = rows.filter((r) => r.incentiveTotalWon > 0);
  const countSplit = splitLeading(rows, byAwardCount);
  const incentiveSplit = splitLeading(paid, byIncentive);
  const counts = countSplit.leading.map((r) => countItem(r.label, r.awardCount));
  const incentives = incentiveSplit.leading.map((r) => incentiveItem(r.label, r.incentiveTotalWon));
  // The sentences name the leaders among every line, not among those shown.
  const allCounts = rows.map((r) => countItem(r.label, r.awardCount));
  const allIncentives = paid.map((r) => incentiveItem(r.label, r.incentiveTotalWon));
  if (countSplit.rest) counts.push(countItem(restLabel(countSplit.rest, noun), countSplit.rest.awardCount));
  if (incentiveSplit.rest)
    incentives.push(incentiveItem(restLabel(incentiveSplit.rest, noun), incentiveSplit.rest.incentiveTotalWon));
  const withoutIncentive = rows.length - paid.length;
  const caption = `${title} 수상 건수와 인센티브`;
  return (
    <section aria-labelledby={id} className={styles.breakdown}>
      <h3 id={id}>{caption}</h3>
      {note && <p className={styles.note}>{note}</p>}
      <p>수상 건수는 {describeRanking(allCounts)}</p>
      <p>
        인센티브는 {describeRanking(allIncentives)}
        {withoutIncentive > 0 &&
          ` 인센티브가 없는 ${formatCount(withoutIncentive)}개 항목은 그래프에서 빼고 표에만 실었습니다.`}
      </p>
      {countSplit.rest ? (
        <p>
          {formatCount(rows.length)}개 {noun} 가운데 상위 {formatCount(countSplit.leading.length)}개를 보이고 나머지는
          “그 외” 한 줄로 합쳤습니다. <a href={fullHref}>{title} 전체 표 보기</a>
        </p>
      ) : null}
      <div className={styles.chartGrid}>
        <BarChartFigure title={`${title} 수상 건수`} data={counts} />
        <BarChartFigure title={`${title} 인센티브`} data={incentives} />
      </div>
      <details className={styles.tableDetails}>
        <summary>{title} 자료를 표로 보기</summary>
        <BreakdownTable
          caption={caption}
          nameHeader={nameHeader}
          rows={countSplit.rest ? countSplit.leading : rows}
          rest={countSplit.rest ? { ...countSplit.rest, label: `${restLabel(countSplit.rest, noun)} 합계` } : undefined}
          total={total}
        />
      </details>
    </section>
  );
}
