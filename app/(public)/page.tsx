import type { Metadata } from "next";
import { Suspense } from "react";
import { AwardsOverview } from "@/components/dashboard/awards-overview";
import { HeadlineKpis } from "@/components/dashboard/headline-kpis";
import { LoadingSection } from "@/components/ui/loading-section";
import type { SearchParams } from "@/components/ui/search-params";
import { getLastChangedAt } from "@/lib/data/public-summary";
import { listPublicKpis } from "@/lib/data/public-kpis";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "대시보드" };

// Everything but the year-dependent awards section is prerendered; that section reads ?year= and
// streams in behind its own boundary, from cached data.
export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [kpis, lastChangedAt] = await Promise.all([listPublicKpis(), getLastChangedAt()]);
  return (
    <main id="main" className="container">
      <h1>진천군 주요 군정 성과</h1>
      {lastChangedAt !== null && (
        <p>
          최종 변경일: <time dateTime={new Date(lastChangedAt).toISOString()}>{formatDate(lastChangedAt)}</time>
        </p>
      )}
      <HeadlineKpis kpis={kpis.filter((k) => k.headline)} />
      <Suspense fallback={<LoadingSection title="기관표창 수상 실적" />}>
        <AwardsOverview searchParams={searchParams} />
      </Suspense>
    </main>
  );
}
