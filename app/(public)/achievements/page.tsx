import type { Metadata } from "next";
import { AreaIndex } from "@/components/kpis/area-index";
import { PolicyAreaSection } from "@/components/kpis/policy-area-section";
import { listPolicyAreas } from "@/lib/data/public-kpis";

export const metadata: Metadata = { title: "분야별 성과" };

export default async function AchievementsPage() {
  const areas = await listPolicyAreas();
  return (
    <main id="main" className="container">
      <h1>분야별 주요 군정 성과</h1>
      <p>진천군 「주요 군정 성과」의 {areas.length}개 분야별 내용과 지표입니다.</p>
      <AreaIndex areas={areas} />
      {areas.map((area) => (
        <PolicyAreaSection key={area.id} area={area} />
      ))}
    </main>
  );
}
