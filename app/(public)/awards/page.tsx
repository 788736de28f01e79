import type { Metadata } from "next";
import { Suspense } from "react";
import { AwardsExplorer } from "@/components/awards/awards-explorer";
import { LoadingSection } from "@/components/ui/loading-section";
import type { SearchParams } from "@/lib/route-props";

export const metadata: Metadata = { title: "수상 실적" };

// The heading is prerendered; the filters and table depend on the query string and stream in.
export default function AwardsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <main id="main" className="container">
      <h1>기관표창 수상 실적</h1>
      <p>
        중앙부처·광역자치단체·공공기관 등에서 받은 기관표창과 그에 따른 인센티브입니다. 조건을 골라 찾고, 열 제목을 눌러
        정렬할 수 있습니다.
      </p>
      <Suspense fallback={<LoadingSection title="검색 조건" />}>
        <AwardsExplorer searchParams={searchParams} />
      </Suspense>
    </main>
  );
}
