import type { Metadata } from "next";
import { TableScroll } from "@/components/ui/table-scroll";
import { Notice } from "@/components/staff/notice";
import { RestoreAwardButton } from "@/components/staff/restore-award-button";
import { can, refusalFor } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { listTrash } from "@/lib/data/award-edits";
import { getOrganisation } from "@/lib/data/organisation";
import { formatDateTime } from "@/lib/format";
import type { PageSearchProps } from "@/lib/route-props";

export const metadata: Metadata = { title: "휴지통" };

export default async function TrashPage({ searchParams }: PageSearchProps) {
  const viewer = await requireStaff();
  const { notice } = await searchParams;
  if (!can(viewer, "trash.read")) {
    return (
      <main id="main" className="container">
        <h1>휴지통</h1>
        <p className="alert alert--error">{refusalFor("trash.read", (await getOrganisation()).reviewOffice)}</p>
      </main>
    );
  }
  const rows = await listTrash(viewer);
  return (
    <main id="main" className="container">
      <h1>휴지통</h1>
      <Notice code={notice} />
      {rows.length === 0 ? (
        <p className="alert">휴지통이 비어 있습니다.</p>
      ) : (
        <TableScroll label="삭제된 수상 실적 (가로로 스크롤할 수 있습니다)">
          <table className="data-table">
            <caption>삭제된 수상 실적 {rows.length}건</caption>
            <thead>
              <tr>
                <th scope="col">연도</th>
                <th scope="col">수상명</th>
                <th scope="col">주관기관</th>
                <th scope="col">삭제 일시</th>
                <th scope="col">작업</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="num">{r.year}</td>
                  <th scope="row">{r.title}</th>
                  <td>{r.agency}</td>
                  <td className="num">{r.deletedAt ? formatDateTime(r.deletedAt) : ""}</td>
                  <td>
                    <RestoreAwardButton id={r.id} title={r.title} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </main>
  );
}
