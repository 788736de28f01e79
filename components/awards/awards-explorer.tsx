import { permanentRedirect } from "next/navigation";
import { listPublicAwards } from "@/lib/data/public-awards";
import { departmentSuccessor } from "@/lib/data/public-registry";
import { formatCount, formatMillionWon } from "@/lib/format";
import type { SearchParams } from "@/lib/route-props";
import { DEFAULT_PAGE_SIZE, readAwardQuery, serializeAwardQuery } from "@/lib/validations/award-query";
import { AwardFilters } from "./award-filters";
import { csvHref, pageLink, printHref, RESULTS_ID, sortLinks, xlsxHref } from "./award-links";
import { AwardsTable } from "./awards-table";
import { loadAwardFilterOptions } from "./filter-options";
import { describeFilters } from "./filter-summary";
import styles from "./awards.module.css";

/** Filters, totals and one page of the awards table, all read from the URL. */
export async function AwardsExplorer({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // A bad parameter is reported and dropped, keeping the rest of a shared link's filters.
  const { query, errors } = readAwardQuery(await searchParams, { defaultPageSize: DEFAULT_PAGE_SIZE });
  // A department merged into another: its records are there now, so its links lead there.
  const successor = query.department ? await departmentSuccessor(query.department) : null;
  if (successor !== null)
    permanentRedirect(`/awards${serializeAwardQuery({ ...query, department: successor, page: 1 })}`);
  const [result, options] = await Promise.all([listPublicAwards(query), loadAwardFilterOptions()]);
  const filters = describeFilters(query, options);

  return (
    <>
      {errors.length > 0 && (
        <div className="alert alert--error" role="alert">
          <p>주소에 든 검색 조건 가운데 다음 항목은 쓸 수 없어 빼고 보여 드립니다.</p>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      {!filters && result.total === 0 ? <p className="alert">아직 게시된 수상 실적이 없습니다.</p> : null}
      <AwardFilters query={query} options={options} />
      <section id={RESULTS_ID} aria-labelledby="award-results-heading" tabIndex={-1} className={styles.results}>
        <h2 id="award-results-heading">검색 결과</h2>
        <p className={styles.resultSummary}>
          {filters ? `${filters}: ` : "전체: "}
          <strong>
            총 <span className="num">{formatCount(result.total)}</span>건 · 인센티브 합계{" "}
            <span className="num">{formatMillionWon(result.incentiveTotalWon, { unit: true })}</span>
          </strong>
        </p>
        {query.department && (
          <p className={styles.note}>
            여러 부서가 함께 받은 상은 부서마다 한 건으로 셉니다. 그런 상은 담당부서 칸에 “공동 수상”과 함께 받은 부서를
            모두 적었습니다.
          </p>
        )}
        <p className="no-print">
          <a href={csvHref(query)} download>
            CSV 내려받기
          </a>{" "}
          ·{" "}
          <a href={xlsxHref(query)} download>
            엑셀(XLSX) 내려받기
          </a>{" "}
          · <a href={printHref(query)}>인쇄용 보기</a>{" "}
          {/* Kept short: a long line here outgrew the page's intro and became the late-painting LCP. */}
          <span className="field-hint">(조건에 맞는 {formatCount(result.total)}건)</span>
        </p>
        <AwardsTable
          result={result}
          sort={query.sort}
          dir={query.dir}
          filteredByDepartment={query.department !== undefined}
          links={{
            sort: sortLinks(query),
            previous: pageLink(query, result.page - 1, result.pageCount),
            next: pageLink(query, result.page + 1, result.pageCount),
          }}
        />
      </section>
    </>
  );
}
