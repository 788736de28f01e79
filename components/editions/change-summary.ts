import type { EditionChangeDay } from "@/lib/data/edition-changes";
import { formatCount, formatMillionWon, formatSigned } from "@/lib/format";

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
