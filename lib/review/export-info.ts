import { formatDateTime } from "@/lib/format";
import { LICENSE, SOURCE_LINE } from "@/lib/labels";
import type { XlsxInfo } from "@/lib/xlsx";

/** First cell of an export's sum row; the import skips a row starting with it. */
export const SUM_ROW_LABEL = "합계";

/** The "정보" sheet of every export: source, licence, the filters used and when it was made. */
export function exportInfo(input: {
  title: string;
  filters: string | null;
  rowCount: number;
  exportedAt: Date;
}): XlsxInfo {
  return [
    ["자료", input.title],
    ["출처", LICENSE.source],
    ["이용 조건", LICENSE.name],
    ["출처 표시", SOURCE_LINE],
    ["적용한 조건", input.filters ?? "조건 없음(전체)"],
    ["행 수", `${input.rowCount.toLocaleString("ko-KR")}행`],
    ["내려받은 날짜", formatDateTime(input.exportedAt)],
  ];
}
