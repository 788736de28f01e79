import type { EditionChangeDay } from "@/lib/data/edition-changes";
import { formatShortDate } from "@/lib/format";
import { changeSummary } from "./change-summary";
import styles from "./editions.module.css";

type Props = { year: number; firstPublishedAt: Date; days: EditionChangeDay[]; reviewOffice: string };

/** What was published in an edition after its first publication, a day per line, without names. */
export function EditionChanges({ year, firstPublishedAt, days, reviewOffice }: Props) {
  return (
    <section id="changes" aria-labelledby="changes-heading" className={styles.changes}>
      <h2 id="changes-heading">{year}년 판 변경 이력</h2>
      <p>
        처음 게시: <time dateTime={firstPublishedAt.toISOString()}>{formatShortDate(firstPublishedAt)}</time>. 이후
        게시된 변경은 모두 {reviewOffice}의 승인을 거쳤습니다.
      </p>
      {days.length === 0 ? (
        <p>처음 게시한 뒤 바뀐 내용이 없습니다.</p>
      ) : (
        <ol>
          {days.map((d) => (
            <li key={d.day}>
              <time dateTime={d.day}>{formatShortDate(d.firstAt)}</time> {changeSummary(d)} ({reviewOffice} 승인)
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
