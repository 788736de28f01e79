import type { YearSummary } from "@/lib/data/public-summary";
import { formatCount, formatMillionWon, formatSigned } from "@/lib/format";
import styles from "./dashboard.module.css";

const countText = (n: number) => `${formatCount(n)}건`;
const moneyText = (won: number) => formatMillionWon(won, { unit: true });

/** The year's award count and incentive total, each with its change from the year before. */
export function AwardTotals({ summary }: { summary: YearSummary }) {
  const { previous } = summary;
  const figures = [
    { label: "기관표창 수상", value: summary.awardCount, before: previous?.awardCount, format: countText },
    {
      label: "인센티브 합계",
      value: summary.incentiveTotalWon,
      before: previous?.incentiveTotalWon,
      format: moneyText,
    },
  ];
  return (
    <dl className={styles.totals}>
      {figures.map(({ label, value, before, format }) => (
        <div key={label} className={styles.total}>
          <dt>{label}</dt>
          <dd className={`${styles.totalValue} num`}>{format(value)}</dd>
          {previous && before !== undefined && (
            <dd className={styles.totalChange}>
              {previous.year}년 대비{" "}
              <span className="num">{formatSigned(format(value - before), value === before)}</span>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
