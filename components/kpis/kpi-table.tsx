import { EmptyValue } from "@/components/ui/empty-value";
import { TableScroll } from "@/components/ui/table-scroll";
import type { PublicKpi } from "@/lib/data/public-kpis";
import { currentPoint, kpiValueText, noteText, targetText } from "./kpi-text";
import styles from "./kpis.module.css";

/** A policy area's figures: current value and period, what it is compared with, target and owner. */
export function KpiTable({ caption, kpis }: { caption: string; kpis: PublicKpi[] }) {
  const sources = [...new Set(kpis.map((k) => k.source))];
  // Owners the county assigned are not shown as the source's fact; the column appears only for recorded ones.
  const owners = kpis.some((k) => k.department);
  return (
    <>
      <TableScroll label={caption}>
        <table className={`data-table ${styles.table}`}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">지표</th>
              <th scope="col" className="num">
                값
              </th>
              <th scope="col">기간</th>
              <th scope="col">비교·참고</th>
              <th scope="col">목표</th>
              {owners ? <th scope="col">담당부서</th> : null}
            </tr>
          </thead>
          <tbody>
            {kpis.map((kpi) => {
              const point = currentPoint(kpi);
              const target = targetText(kpi);
              return (
                <tr key={kpi.id}>
                  <th scope="row">{kpi.name}</th>
                  <td className={`num ${styles.value}`}>{point ? kpiValueText(kpi, point.value) : <EmptyValue />}</td>
                  <td>{point?.period ?? <EmptyValue />}</td>
                  <td>
                    {point && point.notes.length > 0 ? (
                      <ul className={styles.notes}>
                        {point.notes.map((note, i) => (
                          <li key={i}>{noteText(note)}</li>
                        ))}
                      </ul>
                    ) : (
                      <EmptyValue />
                    )}
                  </td>
                  <td>{target ?? <EmptyValue />}</td>
                  {owners ? <td>{kpi.department?.name ?? <EmptyValue />}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <p className={styles.source}>출처: {sources.join(", ")}</p>
    </>
  );
}
