import type { Metadata } from "next";
import { BreakdownTable } from "@/components/dashboard/breakdown-table";
import { agencyRows, departmentRows, gradeRows, kindRows } from "@/components/dashboard/breakdowns";
import { PlannersOnly } from "@/components/review/planners-only";
import { PrintButton } from "@/components/review/print-button";
import { ReviewNav } from "@/components/review/review-nav";
import styles from "@/components/review/totals.module.css";
import { YearTotalsTable } from "@/components/review/year-totals-table";
import { can } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { getYearSummary } from "@/lib/data/public-summary";
import { listYearOverview } from "@/lib/data/totals";
import { formatDate } from "@/lib/format";
import { getOrganisation } from "@/lib/data/organisation";
import { agencyKindLabels, licenceOf } from "@/lib/organisation";
import { param, type PageSearchProps } from "@/lib/route-props";

export const metadata: Metadata = { title: "집계" };

/**
 * Published awards and incentives by year, kind of body, body, department and grade, for the
 * planning office. Printing gives an A4 report headed with the year chosen and the date.
 */
export default async function TotalsPage({ searchParams }: PageSearchProps) {
  const viewer = await requireStaff();
  if (!can(viewer, "totals.read")) return <PlannersOnly title="집계" />;
  const years = await listYearOverview(viewer);
  const withRows = years.filter((y) => !y.baselineOnly).map((y) => y.year);
  const asked = Number(param(await searchParams, "year"));
  const year = withRows.includes(asked) ? asked : withRows[0];
  const summary = year ? await getYearSummary(year) : null;
  const printedAt = formatDate(new Date());
  const org = await getOrganisation();

  return (
    <main id="main" className={`container ${styles.report}`}>
      <h1>수상 실적 집계</h1>
      <ReviewNav current="/review/totals" />
      <div className="print-only">
        <p>
          조건: {year ? `${year}년` : "전체"} · 출력일: {printedAt}
        </p>
        <p>{licenceOf(org).sourceLine}</p>
      </div>
      <div className={`${styles.controls} no-print`}>
        <form method="get" className={styles.filter}>
          <label htmlFor="totals-year">연도</label>
          <select id="totals-year" name="year" defaultValue={year}>
            {withRows.map((y) => (
              <option key={y} value={y}>
                {y}년
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary">
            보기
          </button>
        </form>
        <PrintButton />
        {year ? (
          <>
            <a className="button button--secondary" href={`/review/totals/export?year=${year}&format=xlsx`} download>
              엑셀(XLSX) 내려받기
            </a>
            <a className="button button--secondary" href={`/review/totals/export?year=${year}&format=csv`} download>
              CSV 내려받기
            </a>
          </>
        ) : null}
      </div>

      <section aria-labelledby="by-year">
        <h2 id="by-year">연도별</h2>
        <YearTotalsTable years={years} />
      </section>
      {summary && !summary.baselineOnly ? (
        <>
          <section aria-labelledby="by-kind">
            <h2 id="by-kind">{summary.year}년 기관 유형별</h2>
            <BreakdownTable
              caption={`${summary.year}년 기관 유형별 수상 실적`}
              nameHeader="기관 유형"
              rows={kindRows(summary, agencyKindLabels(org.province))}
              total={summary}
            />
          </section>
          <section aria-labelledby="by-agency">
            <h2 id="by-agency">{summary.year}년 주관기관별</h2>
            <BreakdownTable
              caption={`${summary.year}년 주관기관별 수상 실적`}
              nameHeader="주관기관"
              rows={agencyRows(summary)}
              total={summary}
            />
          </section>
          <section aria-labelledby="by-department">
            <h2 id="by-department">{summary.year}년 부서별</h2>
            <p>
              여러 부서가 함께 받은 상({summary.sharedAwardCount}건)은 부서마다 셉니다. 그래서 부서별 합은 전체보다
              큽니다.
            </p>
            <BreakdownTable
              caption={`${summary.year}년 부서별 수상 실적`}
              nameHeader="담당부서"
              rows={departmentRows(summary)}
            />
          </section>
          <section aria-labelledby="by-grade">
            <h2 id="by-grade">{summary.year}년 등급별</h2>
            <BreakdownTable
              caption={`${summary.year}년 등급별 수상 실적`}
              nameHeader="등급"
              rows={gradeRows(summary)}
              total={summary}
            />
          </section>
        </>
      ) : null}
    </main>
  );
}
