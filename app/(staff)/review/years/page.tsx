import type { Metadata } from "next";
import { PlannersOnly } from "@/components/review/planners-only";
import { ReviewNav } from "@/components/review/review-nav";
import styles from "@/components/review/review.module.css";
import { YearStatusForm } from "@/components/review/year-status-form";
import { TableScroll } from "@/components/ui/table-scroll";
import { can } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { listYearOverview } from "@/lib/data/totals";
import { formatCount, formatDateTime, formatMillionWon } from "@/lib/format";

export const metadata: Metadata = { title: "연도 마감" };

const EVENT_LABELS = { closed: "마감", reopened: "마감 해제" } as const;

/** Closing a year freezes its published record; reopening it takes a reason the public sees. */
export default async function YearsPage() {
  const viewer = await requireStaff();
  if (!can(viewer, "year.set-status")) return <PlannersOnly title="연도 마감" />;
  const years = await listYearOverview(viewer);
  return (
    <main id="main" className="container">
      <h1>연도 마감</h1>
      <ReviewNav current="/review/years" />
      <p>마감한 해의 수상 실적은 추가·수정·삭제할 수 없습니다. 정정이 필요하면 사유를 적고 마감을 해제해 주세요.</p>
      {years.map((y) => (
        <section key={y.year} className={styles.year} aria-labelledby={`year-${y.year}`}>
          <h2 id={`year-${y.year}`}>
            {y.year}년{" "}
            <span className={y.status === "closed" ? styles.closed : styles.open}>
              {y.status === "closed" ? "마감" : "열림"}
            </span>
          </h2>
          <p>
            수상 <span className="num">{formatCount(y.awardCount)}건</span> · 인센티브{" "}
            <span className="num">{formatMillionWon(y.incentiveTotalWon, { unit: true })}</span>
            {y.baselineOnly ? " (합계만 보관)" : ""}
          </p>
          <YearStatusForm year={y.year} closed={y.status === "closed"} />
          {y.events.length > 0 && (
            <TableScroll label={`${y.year}년 마감 기록`}>
              <table className="data-table">
                <caption>{y.year}년 마감 기록</caption>
                <thead>
                  <tr>
                    <th scope="col">일시</th>
                    <th scope="col">구분</th>
                    <th scope="col">사유</th>
                    <th scope="col">처리자</th>
                  </tr>
                </thead>
                <tbody>
                  {y.events.map((e) => (
                    <tr key={e.id}>
                      <td className="num">
                        <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
                      </td>
                      <td>{EVENT_LABELS[e.kind]}</td>
                      <td>{e.reason ?? "-"}</td>
                      <td>{e.actor ?? "-"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      ))}
    </main>
  );
}
