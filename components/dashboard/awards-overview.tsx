import { awardsHref } from "@/components/awards/award-links";
import { getOrganisation } from "@/lib/data/organisation";
import { getYearSummary, latestAwardYear, listPublicYears, type YearSummary } from "@/lib/data/public-summary";
import { formatCount, formatDate } from "@/lib/format";
import { withParticle } from "@/lib/korean";
import { agencyKindLabels, type OrganisationIdentity } from "@/lib/organisation";
import { AwardTotals } from "./award-totals";
import { BreakdownSection } from "./breakdown-section";
import { agencyRows, breakdownHref, departmentRows, gradeRows, kindRows } from "./breakdowns";
import { YearForm } from "./year-form";
import styles from "./dashboard.module.css";

const HEADING_ID = "awards-overview-heading";

function Breakdowns({ summary, org }: { summary: YearSummary; org: OrganisationIdentity }) {
  const shared = summary.sharedAwardCount;
  return (
    <>
      <BreakdownSection
        id="by-agency"
        title="주관기관별"
        nameHeader="주관기관"
        noun="기관"
        fullHref={breakdownHref(summary.year, "agency")}
        rows={agencyRows(summary)}
        total={summary}
      />
      <BreakdownSection
        id="by-kind"
        title="기관 유형별"
        nameHeader="기관 유형"
        noun="유형"
        fullHref={breakdownHref(summary.year, "kind")}
        rows={kindRows(summary, agencyKindLabels(org.province))}
        total={summary}
      />
      <BreakdownSection
        id="by-department"
        title="담당부서별"
        nameHeader="담당부서"
        noun="부서"
        fullHref={breakdownHref(summary.year, "department")}
        rows={departmentRows(summary)}
        note={
          shared > 0
            ? `여러 부서가 함께 받은 상 ${formatCount(shared)}건은 부서마다 한 건으로 셌으므로, 부서별 건수를 더하면 전체 ${formatCount(summary.awardCount)}건보다 많습니다.`
            : undefined
        }
      />
      <BreakdownSection
        id="by-grade"
        title="등급별"
        nameHeader="등급"
        noun="등급"
        fullHref={breakdownHref(summary.year, "grade")}
        rows={gradeRows(summary)}
        total={summary}
      />
    </>
  );
}

/** Whether the year's figures are final (마감), and every time they were reopened, with the reason. */
function YearStatus({ summary, org }: { summary: YearSummary; org: OrganisationIdentity }) {
  if (!summary.closed && summary.reopenings.length === 0) return null;
  return (
    <div className="alert">
      {summary.closed ? (
        <p>
          {summary.year}년 자료는 {withParticle(org.reviewOffice, "이/가")} 마감한 확정 자료입니다.
        </p>
      ) : null}
      {summary.reopenings.length ? (
        <ul>
          {summary.reopenings.map((r) => (
            <li key={r.at}>
              <time dateTime={new Date(r.at).toISOString()}>{formatDate(r.at)}</time> 정정을 위해 마감 해제:{" "}
              {r.reason ?? "사유 없음"}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * A year's awards (the newest with per-award rows by default): totals against the year before,
 * then each breakdown. Takes the year as a value, not from the URL, so each year's page prerenders.
 */
export async function AwardsOverview({ year: requested }: { year?: number }) {
  const [years, latest, org] = await Promise.all([listPublicYears(), latestAwardYear(), getOrganisation()]);
  const year = requested ?? latest ?? years[0];
  const summary = year === undefined ? null : await getYearSummary(year);

  if (!summary) {
    return (
      <section aria-labelledby={HEADING_ID} className={styles.section}>
        <h2 id={HEADING_ID}>기관표창 수상 실적</h2>
        <p>아직 게시된 수상 실적이 없습니다.</p>
      </section>
    );
  }

  return (
    <section aria-labelledby={HEADING_ID} className={styles.section}>
      <h2 id={HEADING_ID}>{summary.year}년 기관표창 수상 실적</h2>
      <YearForm years={years} selected={summary.year} />
      <YearStatus summary={summary} org={org} />
      <AwardTotals summary={summary} />
      {summary.baselineOnly ? (
        <p className="alert">{summary.year}년은 총계만 기록되어 있어 주관기관별·부서별·등급별 내역이 없습니다.</p>
      ) : (
        <>
          <p>
            <a href={awardsHref({ year: summary.year })}>{summary.year}년 수상 실적 전체 목록 보기</a>
          </p>
          <Breakdowns summary={summary} org={org} />
        </>
      )}
    </section>
  );
}
