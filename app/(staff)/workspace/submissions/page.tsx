import type { Metadata } from "next";
import { TableScroll } from "@/components/ui/table-scroll";
import Link from "next/link";
import { Notice } from "@/components/staff/notice";
import { SubmissionSummary } from "@/components/staff/submission-summary";
import { can } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { getOrganisation } from "@/lib/data/organisation";
import { listPublicKpis } from "@/lib/data/public-kpis";
import { listAgencies } from "@/lib/data/public-registry";
import { listSubmissions } from "@/lib/data/submissions";
import { formatDateTime } from "@/lib/format";
import { withParticle } from "@/lib/korean";
import { SUBMISSION_ACTION_LABELS, SUBMISSION_STATUS_LABELS } from "@/lib/labels";
import type { PageSearchProps } from "@/lib/route-props";

export const metadata: Metadata = { title: "제출 현황" };

export default async function SubmissionsPage({ searchParams }: PageSearchProps) {
  const viewer = await requireStaff();
  const { notice } = await searchParams;
  const rows = await listSubmissions(viewer);
  const [agencies, kpis, org] = await Promise.all([listAgencies(), listPublicKpis(), getOrganisation()]);
  return (
    <main id="main" className="container">
      <h1>{can(viewer, "records.all") ? "제출 현황" : "내 부서 제출 현황"}</h1>
      <Notice code={notice} />
      <p>
        담당자가 입력한 내용은 {withParticle(org.reviewOffice, "이/가")} 승인한 뒤 공개됩니다. 반려된 제출은 사유를
        확인해 고친 뒤 다시 제출해 주세요.
      </p>
      {rows.length === 0 ? (
        <p className="alert">아직 제출한 내용이 없습니다.</p>
      ) : (
        <TableScroll label="제출 목록 (가로로 스크롤할 수 있습니다)">
          <table className="data-table">
            <caption>제출 {rows.length}건</caption>
            <thead>
              <tr>
                <th scope="col">번호</th>
                <th scope="col">상태</th>
                <th scope="col">종류</th>
                <th scope="col">내용</th>
                <th scope="col">부서</th>
                <th scope="col">제출자</th>
                <th scope="col">최종 변경</th>
                <th scope="col">반려 사유</th>
                <th scope="col">작업</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id}>
                  <td className="num">{s.id}</td>
                  <td>
                    <strong>{SUBMISSION_STATUS_LABELS[s.status]}</strong>
                  </td>
                  <td>
                    {s.entityType === "award" ? "수상 실적" : "성과 지표"} {SUBMISSION_ACTION_LABELS[s.action]}
                  </td>
                  <td>
                    <SubmissionSummary entityType={s.entityType} content={s.content} agencies={agencies} kpis={kpis} />
                  </td>
                  <td>{s.department}</td>
                  <td>{s.submitter}</td>
                  <td className="num">{formatDateTime(s.updatedAt)}</td>
                  <td>{s.reviewNote ?? ""}</td>
                  <td>{editLink(s)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </main>
  );
}

function editLink(s: { id: number; status: string; entityType: string; entityId: number | null; action: string }) {
  if (s.status !== "pending" && s.status !== "returned") return null;
  if (s.entityType === "award" && s.entityId !== null)
    return <Link href={`/workspace/awards/${s.entityId}/edit`}>고치기</Link>;
  if (s.entityType === "award") return <Link href={`/workspace/submissions/${s.id}/edit`}>고치기</Link>;
  return <Link href="/workspace/kpis">지표에서 고치기</Link>;
}
