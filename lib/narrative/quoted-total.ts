/**
 * A narrative point that quotes a year's award totals ("총 61건 … 1,270.5백만원 (전년대비 +16건 /
 * +327.9백만원)"). The sentence stays as the source printed it; these are its figures as data, so the
 * public page and the review screen can compare them with the live record without parsing prose.
 */
export type QuotedTotals = { awardCount: number; incentiveTotalWon: number };

export type QuotedTotal = QuotedTotals & {
  /** The award year whose totals the sentence quotes. */
  year: number;
  /** The change against the year before, as quoted; null when the sentence gives none. */
  change: QuotedTotals | null;
  /** When the figures were written, as the page labels them ("2023년 문서 작성 시점"). */
  asOf: string;
};

/** A year's totals as published now, with the change against the year before (null without one). */
export type LiveTotals = QuotedTotals & { change: QuotedTotals | null };

const same = (a: QuotedTotals, b: QuotedTotals) =>
  a.awardCount === b.awardCount && a.incentiveTotalWon === b.incentiveTotalWon;

/** Whether the live record no longer says what the sentence says (a year with no figures differs). */
export function quoteDiffers(quote: QuotedTotal, live: LiveTotals | null): boolean {
  if (!live || !same(quote, live)) return true;
  if (!quote.change) return false;
  return !live.change || !same(quote.change, live.change);
}

/** Live totals from a year's totals and the year before's, as the public summary computes them. */
export function liveTotals(year: QuotedTotals | null, previous: QuotedTotals | null): LiveTotals | null {
  if (!year) return null;
  const change = previous
    ? {
        awardCount: year.awardCount - previous.awardCount,
        incentiveTotalWon: year.incentiveTotalWon - previous.incentiveTotalWon,
      }
    : null;
  return { awardCount: year.awardCount, incentiveTotalWon: year.incentiveTotalWon, change };
}
