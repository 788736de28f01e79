import type { BarDatum } from "./horizontal-bar-chart";
import { LazyBarChart } from "./lazy-bar-chart";
import styles from "./charts.module.css";

const ROW_HEIGHT = 30;
const FRAME_PADDING = 12;

/**
 * A captioned bar chart. Its picture is labelled as an image only: the figures themselves are in
 * the text summary and table the caller places beside it.
 */
export function BarChartFigure({ title, data }: { title: string; data: BarDatum[] }) {
  const height = data.length * ROW_HEIGHT + FRAME_PADDING;
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{title}</figcaption>
      {data.length === 0 ? (
        <p className={styles.empty}>해당 자료가 없습니다.</p>
      ) : (
        <div
          role="img"
          aria-label={`${title} 막대그래프. 같은 내용을 요약 문장과 표로도 제공합니다.`}
          className={styles.frame}
          style={{ height }}
        >
          <LazyBarChart data={data} height={height} />
        </div>
      )}
    </figure>
  );
}
