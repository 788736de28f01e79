import type { Metadata } from "next";
import { TableScroll } from "@/components/ui/table-scroll";
import Link from "next/link";
import { Notice } from "@/components/staff/notice";
import { can } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { listPublicAwards } from "@/lib/data/public-awards";
import { openAwardSubmissions } from "@/lib/data/workspace";
import { awardYearState, readAwardYears } from "@/lib/data/award-years";
import { getOrganisation } from "@/lib/data/organisation";
import { listOpenNewAwards } from "@/lib/data/pending-awards";
import { YEAR_LOCK_SHORT, yearLockText } from "@/components/staff/year-lock";
import { formatMillionWon } from "@/lib/format";
import { SUBMISSION_STATUS_LABELS } from "@/lib/labels";
import { param, type PageSearchProps } from "@/lib/route-props";
import { readAwardQuery, serializeAwardQuery } from "@/lib/validations/award-query";

export const metadata: Metadata = { title: "수상 실적 관리" };

export default async function WorkspaceAwardsPage({ searchParams }: PageSearchProps) {
  const viewer = await requireStaff();
  const raw = await searchParams;
  const planner = can(viewer, "records.all");
  // The same URL state as /awards, of which this page reads only the search and the page.
  const { query } = readAwardQuery({ q: param(raw, "q"), page: param(raw, "page") }, { defaultPageSize: 50 });
  // Officers work on their own department's awards; planners on all of them. An officer without a
  // department sees none (-1 matched nothing; the cached list now refuses ids a URL could not hold).
  const department = planner ? undefined : (viewer.departmentId ?? undefined);
  const page =
    planner || department
      ? await listPublicAwards({ ...query, department })
      : { rows: [], total: 0, incentiveTotalWon: 0, page: 1, pageSize: query.pageSize, pageCount: 1 };
  const [open, proposedNew, awardYears, org] = await Promise.all([
    openAwardSubmissions(
      viewer,
      page.rows.map((r) => r.id),
    ),
    // Proposed new awards exist only as proposals; they lead the first page so their author finds them.
    page.page === 1 ? listOpenNewAwards(viewer, query.q) : [],
    readAwardYears(viewer),
    getOrganisation(),
  ]);
  const lockedYears = [...new Set(page.rows.map((r) => r.year))]
    .sort((a, b) => b - a)
    .flatMap((year) => {
      const text = yearLockText(awardYearState(awardYears, year), year, org.reviewOffice);
      return text ? [{ year, text }] : [];
    });
  const pageLink = (n: number) => `/workspace/awards${serializeAwardQuery({ q: query.q, page: n }, 50)}`;
  return (
    <main id="main" className="container">
      <h1>{planner ? "수상 실적 관리" : "우리 부서 수상 실적"}</h1>
      <Notice code={raw.notice} />
      <p>
        <Link className="button" href="/workspace/awards/new">
          새 수상 실적 입력
        </Link>
      </p>
      <form role="search" method="get" className="inline-form">
        <label htmlFor="q">수상명 검색</label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} />
        <button type="submit" className="button button--secondary">
          검색
        </button>
      </form>
      {lockedYears.length > 0 ? (
        <div className="alert alert--warning" id="locked-years">
          {lockedYears.map((l) => (
            <p key={l.year}>{l.text}</p>
          ))}
        </div>
      ) : null}
      <TableScroll label="수상 실적 목록 (가로로 스크롤할 수 있습니다)">
        <table className="data-table">
          <caption>
            수상 실적 {page.total}건 · 인센티브 합계 {formatMillionWon(page.incentiveTotalWon, { unit: true })}
            {proposedNew.length > 0 ? ` (게시 전 새 실적 ${proposedNew.length}건 별도)` : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col">연도</th>
              <th scope="col">수상명</th>
              <th scope="col">주관기관</th>
              <th scope="col">등급</th>
              <th scope="col" className="num">
                인센티브(백만원)
              </th>
              <th scope="col">담당부서</th>
              <th scope="col">상태</th>
              <th scope="col">작업</th>
            </tr>
          </thead>
          <tbody>
            {proposedNew.map((p) => (
              <tr key={`proposed-${p.submissionId}`} className="row--proposed">
                <td className="num">{p.year}</td>
                <th scope="row">{p.title}</th>
                <td>{p.agency}</td>
                <td>{p.grade ?? "-"}</td>
                <td className="num">{formatMillionWon(p.incentiveWon)}</td>
                <td>{p.departments.join(", ")}</td>
                <td>
                  <strong>{p.status === "pending" ? "검토 중" : "반려됨"}</strong> (새 실적, 아직 게시 전)
                </td>
                <td>
                  <Link href={`/workspace/submissions/${p.submissionId}/edit`} aria-label={`${p.title} 제출 고치기`}>
                    고치기
                  </Link>
                </td>
              </tr>
            ))}
            {page.rows.map((a) => {
              const state = awardYearState(awardYears, a.year);
              return (
                <tr key={a.id}>
                  <td className="num">{a.year}</td>
                  <th scope="row">{a.title}</th>
                  <td>{a.agency.name}</td>
                  <td>{a.grade ?? "-"}</td>
                  <td className="num">{formatMillionWon(a.incentiveWon)}</td>
                  <td>{a.departments.map((d) => d.name).join(", ")}</td>
                  <td>{open.has(a.id) ? SUBMISSION_STATUS_LABELS[open.get(a.id)!] : "게시됨"}</td>
                  <td>
                    {state === "open" ? (
                      <Link href={`/workspace/awards/${a.id}/edit`} aria-label={`${a.title} 수정`}>
                        수정
                      </Link>
                    ) : (
                      <span>
                        수정 불가: <a href="#locked-years">{YEAR_LOCK_SHORT[state]}</a>
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <nav aria-label="쪽 이동" className="pagination">
        {page.page > 1 ? <Link href={pageLink(page.page - 1)}>이전 쪽</Link> : null}
        <span>
          {page.page} / {page.pageCount}쪽
        </span>
        {page.page < page.pageCount ? <Link href={pageLink(page.page + 1)}>다음 쪽</Link> : null}
      </nav>
    </main>
  );
}
