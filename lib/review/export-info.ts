import { formatDateTime } from "@/lib/format";
import type { Licence } from "@/lib/organisation";
import type { XlsxInfo } from "@/lib/xlsx";

/** First cell of an export's sum row; the import skips a row starting with it. */
export const SUM_ROW_LABEL = "합계";

/** The "정보" sheet of every export: source, licence, the filters used and when it was made. */
export function exportInfo(input: {
  title: string;
  licence: Licence;
  filters: string | null;
  rowCount: number;
  exportedAt: Date;
}): XlsxInfo {
  return [
    ["자료", input.title],
    ["출처", input.licence.source],
    ["이용 조건", input.licence.name],
    ["출처 표시", input.licence.sourceLine],
    ["적용한 조건", input.filters ?? "조건 없음(전체)"],
    ["행 수", `${input.rowCount.toLocaleString("ko-KR")}행`],
    // The record as of this moment: a public file is built once per publication and served until the next.
    ["자료 기준 시각", formatDateTime(input.exportedAt)],
  ];
}
