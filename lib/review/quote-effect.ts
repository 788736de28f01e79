/**
 * Whether approving would leave a narrative sentence quoting totals the record no longer holds, so
 * the planner is told before pressing 승인. Pure: built on the totals effect the review page shows.
 */
import { type LiveTotals, liveTotals, type QuotedTotal, quoteDiffers } from "@/lib/narrative/quoted-total";
import { publishedTotals, type Totals, type YearEffect, type YearTotalsSource } from "./effect";

export type QuoteWarning = {
  quote: QuotedTotal;
  /** The quoted year's published totals once approved (null: the year would have none). */
  after: LiveTotals | null;
  /** True when the sentence already differs from the record before this approval. */
  alreadyDiffers: boolean;
};

/** A year's published totals, as the public summary has them: none for a year without figures. */
function yearTotals(source: YearTotalsSource | undefined): Totals | null {
  if (!source || (source.rows.awardCount === 0 && !source.baseline)) return null;
  return publishedTotals(source);
}

function live(
  year: number,
  side: "before" | "after",
  effects: YearEffect[],
  sources: ReadonlyMap<number, YearTotalsSource>,
) {
  const at = (y: number) => {
    const effect = effects.find((e) => e.year === y);
    if (!effect) return yearTotals(sources.get(y));
    const totals = effect[side];
    // A year left with no awards and no printed totals has no figures at all.
    return totals.awardCount === 0 && !sources.get(y)?.baseline ? null : totals;
  };
  return liveTotals(at(year), at(year - 1));
}

/** The quoted sentences an approval with these effects would leave differing from the record. */
export function quoteWarnings(
  quotes: readonly QuotedTotal[],
  effects: YearEffect[],
  sources: ReadonlyMap<number, YearTotalsSource>,
): QuoteWarning[] {
  // Only a change to the quoted year or the year before (its 전년대비) can move a quoted figure.
  const touched = quotes.filter((q) => effects.some((e) => e.year === q.year || e.year === q.year - 1));
  return touched.flatMap((quote) => {
    const after = live(quote.year, "after", effects, sources);
    if (!quoteDiffers(quote, after)) return [];
    return [{ quote, after, alreadyDiffers: quoteDiffers(quote, live(quote.year, "before", effects, sources)) }];
  });
}
