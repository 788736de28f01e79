import type { Metadata } from "next";
import { MarkDistinctButton } from "@/components/review/mark-distinct-button";
import { PlannersOnly } from "@/components/review/planners-only";
import { ReviewNav } from "@/components/review/review-nav";
import { ReviewActions } from "@/components/review/review-actions";
import styles from "@/components/review/review.module.css";
import { TableScroll } from "@/components/ui/table-scroll";
import { can } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { listPublishedDuplicates } from "@/lib/data/review-checks";
import { formatMillionWon } from "@/lib/format";

export const metadata: Metadata = { title: "중복 의심 실적" };

/**
 * Published awards that look like the same award entered twice (same body and year, near-identical
 * title). A planner deletes one of them from its edit page, or marks the pair as distinct here.
 */
export default async function DuplicatesPage() {
  const viewer = await requireStaff();
  if (!can(viewer, "review.read")) return <PlannersOnly title="중복 의심 실적" />;
  const duplicates = await listPublishedDuplicates(viewer);
  return (
    <main id="main" className="container">
      <h1>중복 의심 실적</h1>
      <ReviewNav current="/review/duplicates" />
      <ReviewActions>
        <p>
          같은 주관기관이 같은 해에 준, 제목이 거의 같은 게시 실적입니다. 연도 표기·띄어쓰기·문장부호를 빼고 비교합니다.
        </p>
        {duplicates.length === 0 ? (
          <p className={styles.empty}>중복으로 보이는 게시 실적이 없습니다.</p>
        ) : (
          <TableScroll label="중복 의심 실적 목록">
            <table className="data-table">
              <caption>중복 의심 {duplicates.length}쌍</caption>
              <thead>
                <tr>
                  <th scope="col">연도</th>
                  <th scope="col">주관기관</th>
                  <th scope="col">실적 1</th>
                  <th scope="col">실적 2</th>
                  <th scope="col">판단</th>
                </tr>
              </thead>
              <tbody>
                {duplicates.map(({ a, b, agency, pair }) => (
                  <tr key={`${pair.low}:${pair.high}`}>
                    <td className="num">{a.year}</td>
                    <td>{agency}</td>
                    {[a, b].map((award) => (
                      <td key={award.id}>
                        <a href={`/workspace/awards/${award.id}/edit`}>
                          #{award.id} {award.title}
                        </a>
                        <br />
                        <span className={styles.meta}>
                          인센티브 {formatMillionWon(award.incentiveWon, { unit: award.incentiveWon !== null })}
                        </span>
                      </td>
                    ))}
                    <td>
                      <MarkDistinctButton pair={pair} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </ReviewActions>
    </main>
  );
}
