import { currentPoint, kpiValueText, noteText } from "@/components/kpis/kpi-text";
import type { PublicKpi } from "@/lib/data/public-kpis";
import styles from "./dashboard.module.css";

export function HeadlineKpis({ kpis }: { kpis: PublicKpi[] }) {
  return (
    <section aria-labelledby="headline-kpis-heading" className={styles.section}>
      <h2 id="headline-kpis-heading">핵심 지표</h2>
      {kpis.length === 0 ? <p>아직 게시된 핵심 지표가 없습니다.</p> : null}
      <ul className={styles.cards}>
        {kpis.map((kpi) => {
          const point = currentPoint(kpi);
          if (!point) return null;
          const comparison = point.notes.find((n) => n.kind === "comparison");
          return (
            <li key={kpi.id} className={styles.card}>
              <h3 className={styles.cardTitle}>{kpi.name}</h3>
              <p className={`${styles.cardValue} num`}>{kpiValueText(kpi, point.value)}</p>
              <p className={styles.cardMeta}>
                <span>{point.period}</span>
                {comparison && <span>{noteText(comparison)}</span>}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
