import { TableScroll } from "@/components/ui/table-scroll";
import type { Totals } from "@/lib/data/public-summary";
import { formatCount, formatMillionWon } from "@/lib/format";
import type { BreakdownRow, RestLine } from "./breakdowns";

type Props = {
  caption: string;
  nameHeader: string;
  rows: BreakdownRow[];
  /** Printed as the footer row; omitted where lines overlap and would not add up to it. */
  total?: Totals;
  /** The lines left out, summed in one row after the listed ones. */
  rest?: RestLine & { label: string };
};

/** The table alternative to a breakdown's charts: each line links to its awards; a long one ends in a rest row. */
export function BreakdownTable({ caption, nameHeader, rows, total, rest }: Props) {
  const showShared = rows.some((r) => r.sharedAwardCount !== undefined);
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            <th scope="col" className="num">
              수상 건수(건)
            </th>
            <th scope="col" className="num">
              인센티브(백만원)
            </th>
            {showShared && (
              <th scope="col" className="num">
                공동 수상(건)
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <a href={row.href}>{row.label}</a>
              </th>
              <td className="num">{formatCount(row.awardCount)}</td>
              <td className="num">{formatMillionWon(row.incentiveTotalWon)}</td>
              {showShared && <td className="num">{formatCount(row.sharedAwardCount ?? 0)}</td>}
            </tr>
          ))}
          {rest && (
            <tr>
              <th scope="row">{rest.label}</th>
              <td className="num">{formatCount(rest.awardCount)}</td>
              <td className="num">{formatMillionWon(rest.incentiveTotalWon)}</td>
              {showShared && <td className="num">{formatCount(rest.sharedAwardCount ?? 0)}</td>}
            </tr>
          )}
        </tbody>
        {total && (
          <tfoot>
            <tr>
              <th scope="row">합계</th>
              <td className="num">{formatCount(total.awardCount)}</td>
              <td className="num">{formatMillionWon(total.incentiveTotalWon)}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </TableScroll>
  );
}
