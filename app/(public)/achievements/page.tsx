import type { Metadata } from "next";
import { PolicyAreaSection } from "@/components/kpis/policy-area-section";
import styles from "@/components/kpis/kpis.module.css";
import { listPolicyAreas } from "@/lib/data/public-kpis";

export const metadata: Metadata = { title: "분야별 성과" };

export default async function AchievementsPage() {
  const areas = await listPolicyAreas();
  return (
    <main id="main" className="container">
      <h1>분야별 주요 군정 성과</h1>
      <p>진천군 「주요 군정 성과」의 {areas.length}개 분야별 내용과 지표입니다.</p>
      <nav aria-label="분야 바로가기" className={styles.toc}>
        <ol>
          {areas.map((area) => (
            <li key={area.id}>
              <a href={`#${area.slug}`}>{area.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {areas.map((area) => (
        <PolicyAreaSection key={area.id} area={area} />
      ))}
    </main>
  );
}
