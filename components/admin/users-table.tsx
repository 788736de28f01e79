import { EmptyValue } from "@/components/ui/empty-value";
import { TableScroll } from "@/components/ui/table-scroll";
import type { RegistryDepartment } from "@/lib/data/public-registry";
import type { UserListItem } from "@/lib/data/users";
import { formatCount, formatDateTime } from "@/lib/format";
import { getOrganisation } from "@/lib/data/organisation";
import { roleLabels } from "@/lib/labels";
import { ResetTwoFactorForm } from "./reset-two-factor-form";
import styles from "./admin.module.css";
import { UserRowActions } from "./user-row-actions";

type Props = { users: UserListItem[]; departments: RegistryDepartment[]; viewerId: number };

export async function UsersTable({ users, departments, viewerId }: Props) {
  const labels = roleLabels((await getOrganisation()).reviewOffice);
  return (
    <TableScroll label="계정 목록 표">
      <table className={`data-table ${styles.usersTable}`}>
        <caption>계정 {formatCount(users.length)}개</caption>
        <thead>
          <tr>
            <th scope="col">아이디</th>
            <th scope="col">이름</th>
            <th scope="col">역할</th>
            <th scope="col">부서</th>
            <th scope="col">상태</th>
            <th scope="col">비밀번호 변경 필요</th>
            <th scope="col">마지막 로그인</th>
            <th scope="col">관리</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">{u.username}</th>
              <td>{u.displayName}</td>
              <td>{labels[u.role]}</td>
              <td>{u.department ?? <EmptyValue />}</td>
              <td>{u.active ? "활성" : <strong>비활성</strong>}</td>
              <td>{u.mustChangePassword ? "예" : "아니요"}</td>
              <td className="num">
                {u.lastLoginAt ? (
                  <time dateTime={u.lastLoginAt.toISOString()}>{formatDateTime(u.lastLoginAt)}</time>
                ) : (
                  "없음"
                )}
              </td>
              <td>
                <UserRowActions
                  account={{ id: u.id, username: u.username }}
                  active={u.active}
                  departmentId={u.departmentId}
                  departments={departments}
                  isSelf={u.id === viewerId}
                />
                <ResetTwoFactorForm account={{ id: u.id, username: u.username }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
