import type { Metadata } from "next";
import { AreaIndex } from "@/components/kpis/area-index";
import { PolicyAreaSection } from "@/components/kpis/policy-area-section";
import { getOrganisation } from "@/lib/data/organisation";
import { affairsOf } from "@/lib/organisation";
import { listPolicyAreas } from "@/lib/data/public-kpis";
import { getYearSummary } from "@/lib/data/public-summary";
import { type LiveTotals, liveTotals } from "@/lib/narrative/quoted-total";

export const metadata: Metadata = { title: "분야별 성과" };

export default async function AchievementsPage() {
  const [areas, org] = await Promise.all([listPolicyAreas(), getOrganisation()]);
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
    <main id="main" className="container">
      <h1>분야별 주요{affairsOf(org)} 성과</h1>
      {areas.length === 0 ? (
        <p>아직 게시된 분야별 성과가 없습니다.</p>
      ) : (
        <p>
          {org.sourceTitle}의 {areas.length}개 분야별 내용과 지표입니다.
        </p>
      )}
      <AreaIndex areas={areas} />
      {areas.map((area) => (
        <PolicyAreaSection key={area.id} area={area} liveTotals={live} />
      ))}
    </main>
  );
}
