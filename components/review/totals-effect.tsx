import { formatCount, formatMillionWon, formatSigned } from "@/lib/format";
import type { YearEffect } from "@/lib/review/effect";
import styles from "./review.module.css";

const count = (n: number) => `${formatCount(n)}건`;
const money = (won: number) => formatMillionWon(won, { unit: true });

function Figure({
  label,
  before,
  after,
  format,
}: {
  label: string;
  before: number;
  after: number;
  format: (n: number) => string;
}) {
  return (
    <>
      <dt>{label}</dt>
      <dd className="num">
        {format(before)} → <strong>{format(after)}</strong> ({formatSigned(format(after - before), after === before)})
      </dd>
    </>
  );
}

/** What approving would do to each affected year's published totals. */
export function TotalsEffect({ effects }: { effects: YearEffect[] | null }) {
  if (!effects) return <p className={styles.effect}>공개 수상 집계에는 영향이 없습니다.</p>;
  return (
    <div className={styles.effect}>
      {effects.map((e) => (
        <dl key={e.year} aria-label={`승인하면 바뀌는 ${e.year}년 공개 집계`}>
          <Figure
            label={`${e.year}년 수상 건수`}
            before={e.before.awardCount}
            after={e.after.awardCount}
            format={count}
          />
          <Figure
            label={`${e.year}년 인센티브 합계`}
            before={e.before.incentiveTotalWon}
            after={e.after.incentiveTotalWon}
            format={money}
          />
        </dl>
      ))}
    </div>
  );
}
