import type { EditionChangeDay } from "@/lib/data/edition-changes";
import { formatCount, formatMillionWon, formatShortDate, formatSigned } from "@/lib/format";
import styles from "./editions.module.css";

/** "수상 1건 추가, 인센티브 +12.3백만원": one day's published changes, in the page's words. */
export function changeSummary(d: EditionChangeDay): string {
  const parts: string[] = [];
  if (d.awardsAdded) parts.push(`수상 ${formatCount(d.awardsAdded)}건 추가`);
  if (d.awardsChanged) parts.push(`수상 ${formatCount(d.awardsChanged)}건 수정`);
  if (d.awardsRemoved) parts.push(`수상 ${formatCount(d.awardsRemoved)}건 삭제`);
  if (d.awardsAdded || d.awardsChanged || d.awardsRemoved)
    parts.push(
      `인센티브 ${formatSigned(formatMillionWon(d.incentiveDeltaWon, { unit: true }), d.incentiveDeltaWon === 0)}`,
    );
  if (d.kpiValues) parts.push(`지표 값 ${formatCount(d.kpiValues)}건 게시`);
  if (d.narrative) parts.push(`분야별 서술 ${formatCount(d.narrative)}건 변경`);
  return parts.join(", ");
}

type Props = { year: number; firstPublishedAt: Date; days: EditionChangeDay[]; reviewOffice: string };

/** What was published in an edition after its first publication, a day per line, without names. */
export function EditionChanges({ year, firstPublishedAt, days, reviewOffice }: Props) {
  return (
    <section id="changes" aria-labelledby="changes-heading" className={styles.changes}>
      <h2 id="changes-heading">{year}년 판 변경 이력</h2>
      <p>
        처음 게시:{" "}
        <time dateTime={firstPublishedAt.toISOString()}>{formatShortDate(firstPublishedAt)}</time>. 이후 게시된
        변경은 모두 {reviewOffice}의 승인을 거쳤습니다.
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
