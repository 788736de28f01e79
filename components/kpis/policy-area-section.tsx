import type { PolicyAreaWithKpis } from "@/lib/data/public-kpis";
import type { LiveTotals } from "@/lib/narrative/quoted-total";
import { KpiTable } from "./kpi-table";
import { QuotedTotalNote } from "./quoted-total-note";
import styles from "./kpis.module.css";

type Props = {
  area: PolicyAreaWithKpis;
  /** Each quoted year's published totals now (null: the year has none). */
  liveTotals: ReadonlyMap<number, LiveTotals | null>;
};

/** One policy area: its narrative points exactly as published, then its figures. */
export function PolicyAreaSection({ area, liveTotals }: Props) {
  const headingId = `area-${area.slug}`;
  return (
    <section id={area.slug} aria-labelledby={headingId} className={styles.area}>
      <h2 id={headingId}>{area.title}</h2>
      <ul className={styles.points}>
        {area.points.map((point) => (
          <li key={point.id}>
            {point.text}
            {point.quotesTotal && (
              <QuotedTotalNote quote={point.quotesTotal} live={liveTotals.get(point.quotesTotal.year) ?? null} />
            )}
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
