import type { PolicyAreaWithKpis } from "@/lib/data/public-kpis";
import { KpiTable } from "./kpi-table";
import styles from "./kpis.module.css";

/** One policy area: its narrative points exactly as published, then its figures. */
export function PolicyAreaSection({ area }: { area: PolicyAreaWithKpis }) {
  const headingId = `area-${area.slug}`;
  return (
    <section id={area.slug} aria-labelledby={headingId} className={styles.area}>
      <h2 id={headingId}>{area.title}</h2>
      <ul className={styles.points}>
        {area.points.map((point) => (
          <li key={point.id}>
            {point.text}
            {point.children.length > 0 && (
              <ul>
                {point.children.map((child) => (
                  <li key={child.id}>{child.text}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {area.kpis.length > 0 && <KpiTable caption={`${area.title} 주요 지표`} kpis={area.kpis} />}
    </section>
  );
}
