import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/staff/notice";
import { can } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { getOrganisation } from "@/lib/data/organisation";
import { countWaiting } from "@/lib/data/submissions";
import type { PageSearchProps } from "@/lib/route-props";

export const metadata: Metadata = { title: "업무 홈" };

export default async function WorkspaceHome({ searchParams }: PageSearchProps) {
  const viewer = await requireStaff();
  const { notice } = await searchParams;
  const waiting = await countWaiting(viewer);
  // Reviewers are told what waits for them; others what came back (under the four-eyes rule a planner is both).
  const planner = can(viewer, "review.read");
  const { reviewOffice } = await getOrganisation();
  return (
    <main id="main" className="container">
      <h1>업무 홈</h1>
      <Notice code={notice} />
      {planner ? (
        <p className={waiting ? "alert alert--warning" : "alert"}>
          승인을 기다리는 제출 <strong>{waiting}건</strong>이 있습니다. <Link href="/review">검토하러 가기</Link>
        </p>
      ) : (
        <p className={waiting ? "alert alert--warning" : "alert"}>
          반려된 제출 <strong>{waiting}건</strong>이 있습니다. <Link href="/workspace/submissions">내 제출 보기</Link>
        </p>
      )}
      <ul className="stack">
        <li>
          <Link href="/workspace/awards/new">새 수상 실적 입력</Link> —{" "}
          {planner ? "저장하면 바로 게시됩니다." : `${reviewOffice} 승인 후 공개됩니다.`}
        </li>
        <li>
          <Link href="/workspace/awards">{planner ? "전체 수상 실적" : "우리 부서 수상 실적"}</Link> 수정·삭제
        </li>
        <li>
          <Link href="/workspace/kpis">성과 지표 값 입력</Link>
        </li>
      </ul>
    </main>
  );
}
