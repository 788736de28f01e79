import { TableScroll } from "@/components/ui/table-scroll";
import type { RegistryAgency, RegistryDepartment } from "@/lib/data/public-registry";
import { formatCount } from "@/lib/format";
import { getOrganisation } from "@/lib/data/organisation";
import { agencyKindLabels } from "@/lib/organisation";

const stateLabel = (active: boolean) => (active ? "사용 중" : "사용 중지");

export function DepartmentsTable({ departments }: { departments: RegistryDepartment[] }) {
  return (
    <TableScroll label="부서 목록 표">
      <table className="data-table">
        <caption>부서 {formatCount(departments.length)}곳</caption>
        <thead>
          <tr>
            <th scope="col">부서명</th>
            <th scope="col" className="num">
              번호
            </th>
            <th scope="col">상태</th>
          </tr>
        </thead>
        <tbody>
          {departments.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.name}</th>
              <td className="num">{d.id}</td>
              <td>{stateLabel(d.active)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export async function AgenciesTable({ agencies }: { agencies: RegistryAgency[] }) {
  const kindLabels = agencyKindLabels((await getOrganisation()).province);
  return (
    <TableScroll label="주관기관 목록 표">
      <table className="data-table">
        <caption>주관기관 {formatCount(agencies.length)}곳</caption>
        <thead>
          <tr>
            <th scope="col">기관명</th>
            <th scope="col">구분</th>
            <th scope="col" className="num">
              번호
            </th>
            <th scope="col">상태</th>
          </tr>
        </thead>
        <tbody>
          {agencies.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.name}</th>
              <td>{kindLabels[a.kind]}</td>
              <td className="num">{a.id}</td>
              <td>{stateLabel(a.active)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
