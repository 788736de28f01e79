import type { Metadata } from "next";
import { AccessDenied } from "@/components/admin/access-denied";
import { RoleForm } from "@/components/admin/role-form";
import { EmptyValue } from "@/components/ui/empty-value";
import { TableScroll } from "@/components/ui/table-scroll";
import { ROLES } from "@/db/schema";
import { can, refusalFor } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { getOrganisation } from "@/lib/data/organisation";
import { listAccountRoles } from "@/lib/data/user-roles";
import { formatCount } from "@/lib/format";
import { roleLabels } from "@/lib/labels";

export const metadata: Metadata = { title: "역할 관리" };

/** Who reviews and who enters: planners move staff between 부서 담당자 and the review office. */
export default async function RolesPage() {
  const viewer = await requireStaff();
  const org = await getOrganisation();
  if (!can(viewer, "users.set-role"))
    return <AccessDenied title="역할 관리" message={refusalFor("users.set-role", org.reviewOffice)} />;
  const accounts = await listAccountRoles(viewer);
  const labels = roleLabels(org.reviewOffice);
  return (
    <main id="main" className="container">
      <h1>역할 관리</h1>
      <p>
        {labels.officer}는 자기 부서의 실적을 입력하고, {labels.planner} 역할은 검토·게시·마감을 합니다. 관리자 역할은
        관리자만 주거나 거둘 수 있고, 자기 역할은 바꿀 수 없습니다. 바꾼 역할은 그 사람의 다음 화면부터 적용되며 감사
        기록에 남습니다.
      </p>
      <TableScroll label="계정별 역할 표">
        <table className="data-table">
          <caption>계정 {formatCount(accounts.length)}개</caption>
          <thead>
            <tr>
              <th scope="col">아이디</th>
              <th scope="col">이름</th>
              <th scope="col">부서</th>
              <th scope="col">지금 역할</th>
              <th scope="col">역할 바꾸기</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => {
              // The same rule the server applies, asked for each role this row could get.
              const grantable = ROLES.filter(
                (to) => to === a.role || can(viewer, "users.set-role", { userId: a.id, roles: { from: a.role, to } }),
              );
              const changeable = grantable.some((to) => to !== a.role);
              return (
                <tr key={a.id}>
                  <th scope="row">{a.username}</th>
                  <td>
                    {a.displayName}
                    {a.active ? "" : " (비활성)"}
                  </td>
                  <td>{a.department ?? <EmptyValue />}</td>
                  <td>{labels[a.role]}</td>
                  <td>
                    {changeable ? (
                      <RoleForm
                        account={{ id: a.id, username: a.username, role: a.role }}
                        roles={grantable.map((r) => ({ value: r, label: labels[r] }))}
                      />
                    ) : a.id === viewer.userId ? (
                      "자기 역할은 바꿀 수 없습니다."
                    ) : (
                      "관리자 역할은 관리자만 바꿀 수 있습니다."
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </main>
  );
}
