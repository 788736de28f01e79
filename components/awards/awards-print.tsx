import { EmptyValue } from "@/components/ui/empty-value";
import { getOrganisation } from "@/lib/data/organisation";
import { listPublicAwards, type PublicAward } from "@/lib/data/public-awards";
import { getLastChangedAt } from "@/lib/data/public-summary";
import { formatCount, formatDate, formatMillionWon } from "@/lib/format";
import { licenceOf } from "@/lib/organisation";
import type { SearchParams } from "@/lib/route-props";
import { API_MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, readAwardQuery } from "@/lib/validations/award-query";
import { awardsHref } from "./award-links";
import { loadAwardFilterOptions } from "./filter-options";
import { describeFilters } from "./filter-summary";
import styles from "./awards-print.module.css";

/** More than this is a download, not a printout (about 200 A4 pages). */
export const PRINT_MAX_ROWS = 5_000;

/**
 * Every award matching the /awards filters, in the same order, as one A4 report: what was asked,
 * when, from which record, and the totals once under the last row. Read in pages of the API's size
 * through the same cached query the table uses.
 */
export async function AwardsPrint({ searchParams, printedAt }: { searchParams: SearchParams; printedAt: Date }) {
  const { query } = readAwardQuery(searchParams, { defaultPageSize: DEFAULT_PAGE_SIZE });
  const base = { ...query, pageSize: API_MAX_PAGE_SIZE };
  const [first, options, org, lastChangedAt] = await Promise.all([
    listPublicAwards({ ...base, page: 1 }),
    loadAwardFilterOptions(),
    getOrganisation(),
    getLastChangedAt(),
  ]);
  const pages = Math.min(first.pageCount, Math.ceil(PRINT_MAX_ROWS / API_MAX_PAGE_SIZE));
  const rest = await Promise.all(
    Array.from({ length: pages - 1 }, (_, i) => listPublicAwards({ ...base, page: i + 2 })),
  );
  const rows: PublicAward[] = [first, ...rest].flatMap((p) => p.rows).slice(0, PRINT_MAX_ROWS);
  const filters = describeFilters(query, options) ?? "전체";
  const back = awardsHref({ ...query, page: undefined });
  return (
    <main id="main" className={`container ${styles.report}`}>
      <h1>기관표창 수상 실적</h1>
      <dl className={styles.meta}>
        <dt>조건</dt>
        <dd>{filters}</dd>
        <dt>건수·인센티브</dt>
        <dd>
          {formatCount(first.total)}건 · {formatMillionWon(first.incentiveTotalWon, { unit: true })}
        </dd>
        <dt>출력일</dt>
        <dd>
          <time dateTime={printedAt.toISOString()}>{formatDate(printedAt)}</time>
        </dd>
        {lastChangedAt !== null ? (
          <>
            <dt>자료 기준</dt>
            <dd>{formatDate(lastChangedAt)} 최종 변경</dd>
          </>
        ) : null}
        <dt>출처</dt>
        <dd>{licenceOf(org).sourceLine.replace(/^출처: /, "")}</dd>
      </dl>
      <p className="no-print">
        브라우저의 인쇄 기능(Ctrl+P)으로 A4에 맞게 인쇄됩니다. <a href={back}>목록으로 돌아가기</a>
      </p>
      {first.total > rows.length ? (
        <p className="alert">
          인쇄용 보기는 {formatCount(PRINT_MAX_ROWS)}건까지 싣습니다. 나머지를 포함한 전체는 CSV나 엑셀로
          내려받으십시오.
        </p>
      ) : null}
      <table className={`data-table ${styles.table}`}>
        <caption>기관표창 수상 실적 ({filters})</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              연번
            </th>
            <th scope="col">연도</th>
            <th scope="col">수상명</th>
            <th scope="col">주관기관</th>
            <th scope="col">등급</th>
            <th scope="col" className="num">
              인센티브(백만원)
            </th>
            <th scope="col">담당부서</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a, i) => (
            <tr key={a.id}>
              <td className="num">{formatCount(i + 1)}</td>
              <td>{a.year}</td>
              <th scope="row">{a.title}</th>
              <td>{a.agency.name}</td>
              <td>{a.grade ?? <EmptyValue />}</td>
              <td className="num">{a.incentiveWon === null ? <EmptyValue /> : formatMillionWon(a.incentiveWon)}</td>
              <td>{a.departments.map((d) => d.name).join(", ")}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              합계 {formatCount(first.total)}건
            </th>
            <td className="num">{formatMillionWon(first.incentiveTotalWon)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </main>
  );
}
