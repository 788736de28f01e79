import type { Metadata } from "next";
import { AreaIndex } from "@/components/kpis/area-index";
import { PolicyAreaSection } from "@/components/kpis/policy-area-section";
import { getOrganisation } from "@/lib/data/organisation";
import { listPolicyAreas } from "@/lib/data/public-kpis";

export const metadata: Metadata = { title: "분야별 성과" };

export default async function AchievementsPage() {
  const [areas, org] = await Promise.all([listPolicyAreas(), getOrganisation()]);
  return (
    <main id="main" className="container">
      <h1>분야별 주요 성과</h1>
      {areas.length === 0 ? (
        <p>아직 게시된 분야별 성과가 없습니다.</p>
      ) : (
        <p>
          {org.sourceTitle}의 {areas.length}개 분야별 내용과 지표입니다.
        </p>
      )}
      <AreaIndex areas={areas} />
      {areas.map((area) => (
        <PolicyAreaSection key={area.id} area={area} />
      ))}
    </main>
  );
}
