import { AreaIndex } from "@/components/kpis/area-index";
import { PolicyAreaSection } from "@/components/kpis/policy-area-section";
import type { PolicyAreaWithKpis } from "@/lib/data/public-kpis";
import { getYearSummary } from "@/lib/data/public-summary";
import { type LiveTotals, liveTotals } from "@/lib/narrative/quoted-total";

/** An edition's areas: each headline, its narrative points exactly as published, then its figures. */
export async function EditionNarrative({ areas }: { areas: PolicyAreaWithKpis[] }) {
  // The published totals of every year a narrative sentence quotes, to set beside the quote.
  const quotedYears = [...new Set(areas.flatMap((a) => a.points.flatMap((p) => p.quotesTotal?.year ?? [])))];
  const live = new Map<number, LiveTotals | null>(
    await Promise.all(
      quotedYears.map(async (year) => {
        const summary = await getYearSummary(year);
        return [year, summary && liveTotals(summary, summary.previous)] as const;
      }),
    ),
  );
  return (
    <>
      <AreaIndex areas={areas} />
      {areas.map((area) => (
        <PolicyAreaSection key={area.id} area={area} liveTotals={live} />
      ))}
    </>
  );
}
