import { TableScroll } from "@/components/ui/table-scroll";
import type { YearOverview } from "@/lib/data/totals";
import { formatCount, formatMillionWon, formatSigned } from "@/lib/format";

/** Every year's published totals with the change from the year before (2023: +16건, +327.9백만원). */
export function YearTotalsTable({ years }: { years: YearOverview[] }) {
  return (
    <TableScroll label="연도별 집계">
      <table className="data-table">
        <caption>연도별 수상 건수와 인센티브</caption>
        <thead>
          <tr>
            <th scope="col">연도</th>
            <th scope="col" className="num">
              수상 건수(건)
            </th>
            <th scope="col" className="num">
              인센티브(백만원)
            </th>
            <th scope="col" className="num">
              전년 대비 건수
            </th>
            <th scope="col" className="num">
              전년 대비 인센티브(백만원)
            </th>
            <th scope="col">상태</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year}>
              <th scope="row">
                {y.year}년{y.baselineOnly ? " (합계만 보관)" : ""}
              </th>
              <td className="num">{formatCount(y.awardCount)}</td>
              <td className="num">{formatMillionWon(y.incentiveTotalWon)}</td>
              <td className="num">
                {y.change ? formatSigned(formatCount(y.change.awardCount), y.change.awardCount === 0) : "-"}
              </td>
              <td className="num">
                {y.change
                  ? formatSigned(formatMillionWon(y.change.incentiveTotalWon), y.change.incentiveTotalWon === 0)
                  : "-"}
              </td>
              <td>{y.status === "closed" ? "마감" : "열림"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
