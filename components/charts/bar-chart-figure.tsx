import styles from "./charts.module.css";

export type BarDatum = { label: string; value: number; display: string };

/** A bar's length as a share of the longest, in per cent (0 for nothing or less); the value's text takes the rest. */
export function barWidth(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.round((value / max) * 1000) / 10;
}

/**
 * A captioned horizontal bar chart drawn by the server in HTML and CSS: it is in the page as sent,
 * so it shows without JavaScript, prints, and costs no chart library. Its picture is labelled as
 * an image only: the figures themselves are in the text summary and table the caller places
 * beside it.
 */
export function BarChartFigure({ title, data }: { title: string; data: BarDatum[] }) {
  const max = Math.max(0, ...data.map((d) => d.value));
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{title}</figcaption>
      {data.length === 0 ? (
        <p className={styles.empty}>해당 자료가 없습니다.</p>
      ) : (
        <div
          role="img"
          aria-label={`${title} 막대그래프. 같은 내용을 요약 문장과 표로도 제공합니다.`}
          className={styles.bars}
          data-chart="bar"
        >
          {data.map((d, i) => (
            <div key={`${d.label}-${i}`} className={styles.row}>
              <span className={styles.label}>{d.label}</span>
              <span className={styles.track}>
                <span
                  className={styles.bar}
                  data-bar=""
                  style={{ width: `calc((100% - 6.5rem) * ${barWidth(d.value, max) / 100})` }}
                />
                <span className={`${styles.value} num`}>{d.display}</span>
              </span>
            </div>
          ))}
        </div>
      )}
    </figure>
  );
}
