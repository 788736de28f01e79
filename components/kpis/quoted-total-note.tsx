import { formatCount, formatMillionWon, formatSigned } from "@/lib/format";
import { type LiveTotals, type QuotedTotal, quoteDiffers, type QuotedTotals } from "@/lib/narrative/quoted-total";
import styles from "./kpis.module.css";

const count = (n: number) => `${formatCount(n)}건`;
const money = (won: number) => formatMillionWon(won, { unit: true });

/** "62건 / 1,282.8백만원 (전년대비 +17건 / +340.2백만원)", the way the source words its totals. */
export function totalsPhrase(t: QuotedTotals & { change: QuotedTotals | null }): string {
  const change = t.change
    ? ` (전년대비 ${formatSigned(count(t.change.awardCount), t.change.awardCount === 0)} / ${formatSigned(
        money(t.change.incentiveTotalWon),
        t.change.incentiveTotalWon === 0,
      )})`
    : "";
  return `${count(t.awardCount)} / ${money(t.incentiveTotalWon)}${change}`;
}

/**
 * Beside a sentence that quotes a year's totals: the date its figures speak for, and the published
 * figures now when they differ, so the sentence never passes for the live record.
 */
export function QuotedTotalNote({ quote, live }: { quote: QuotedTotal; live: LiveTotals | null }) {
  const differs = quoteDiffers(quote, live);
  return (
    <span className={styles.quoteNote}>
      {`(${quote.asOf} 기준)`}
      {differs ? (
        <strong>
          {live ? `현재 게시 기준 ${totalsPhrase(live)}` : `현재 게시된 ${quote.year}년 수상 실적은 없습니다.`}
        </strong>
      ) : (
        " 현재 게시된 집계와 같습니다."
      )}
    </span>
  );
}
