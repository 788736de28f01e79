import type { Metadata } from "next";
import { TableScroll } from "@/components/ui/table-scroll";
import Link from "next/link";
import { Notice } from "@/components/staff/notice";
import { can } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { listEditableKpis } from "@/lib/data/kpi-edits";
import { formatKpiValue } from "@/lib/format";
import type { PageSearchProps } from "@/lib/route-props";

export const metadata: Metadata = { title: "성과 지표" };

export default async function WorkspaceKpisPage({ searchParams }: PageSearchProps) {
  const viewer = await requireStaff();
  const { notice } = await searchParams;
  const kpis = await listEditableKpis(viewer);
  return (
    <main id="main" className="container">
      <h1>{can(viewer, "records.all") ? "성과 지표" : "우리 부서 성과 지표"}</h1>
      <Notice code={notice} />
      {kpis.length === 0 ? (
        <p className="alert">이 부서가 관리하는 성과 지표가 없습니다.</p>
      ) : (
        <TableScroll label="성과 지표 목록 (가로로 스크롤할 수 있습니다)">
          <table className="data-table">
            <caption>성과 지표 {kpis.length}개</caption>
            <thead>
              <tr>
                <th scope="col">지표</th>
                <th scope="col">담당부서</th>
                <th scope="col">최근 기간</th>
                <th scope="col" className="num">
                  최근 값
                </th>
                <th scope="col">기록된 기간</th>
                <th scope="col">작업</th>
              </tr>
            </thead>
            <tbody>
              {kpis.map((k) => {
                const latest = k.values[0];
                return (
                  <tr key={k.id}>
                    <th scope="row">{k.name}</th>
                    <td>{k.department}</td>
                    <td>{latest?.period ?? "-"}</td>
                    <td className="num">{latest ? formatKpiValue(latest.value, k.unit, k.moneyStyle) : "-"}</td>
                    <td className="num">{k.values.length}</td>
                    <td>
                      <Link href={`/workspace/kpis/${k.id}`} aria-label={`${k.name} 값 입력`}>
                        값 입력
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </main>
  );
}
