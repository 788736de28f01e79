import type { PolicyAreaWithKpis } from "@/lib/data/public-kpis";
import styles from "./kpis.module.css";

/** Links to each policy area's section, so a reader can skip to the one they came for. */
export function AreaIndex({ areas }: { areas: PolicyAreaWithKpis[] }) {
  return (
    <nav aria-label="분야 바로가기" className={styles.toc}>
      <ol>
        {areas.map((area) => (
          <li key={area.id}>
            <a href={`#${area.slug}`}>{area.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
