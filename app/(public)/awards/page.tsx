import type { Metadata } from "next";
import { AwardsExplorer } from "@/components/awards/awards-explorer";
import type { SearchParams } from "@/lib/route-props";

export const metadata: Metadata = { title: "수상 실적" };

/**
 * The rows are awaited before <main> is sent: no Suspense boundary stands between the page and its
 * table, so a browser without JavaScript (or a shared filtered link read by one) gets the rows in
 * document order instead of a fallback that only a script replaces. The head (CSS, font preload)
 * still goes out first; the query is one indexed read, so the wait is a few milliseconds.
 */
export const instant = false;

export default function AwardsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <main id="main" className="container">
      <h1>기관표창 수상 실적</h1>
      <p>
        중앙부처·광역자치단체·공공기관 등에서 받은 기관표창과 그에 따른 인센티브입니다. 조건을 골라 찾고, 열 제목을 눌러
        정렬할 수 있습니다.
      </p>
      <AwardsExplorer searchParams={searchParams} />
    </main>
  );
}
