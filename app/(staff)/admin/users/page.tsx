import type { Metadata } from "next";
import { AccessDenied } from "@/components/admin/access-denied";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UsersTable } from "@/components/admin/users-table";
import styles from "@/components/admin/admin.module.css";
import { can, REFUSALS } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { getOrganisation } from "@/lib/data/organisation";
import { listDepartments } from "@/lib/data/public-registry";
import { listUsers } from "@/lib/data/users";

export const metadata: Metadata = { title: "계정 관리" };

export default async function UsersPage() {
  const viewer = await requireStaff();
  if (!can(viewer, "users.manage")) return <AccessDenied title="계정 관리" message={REFUSALS["users.manage"]} />;
  const users = await listUsers(viewer);
  const [departments, org] = await Promise.all([listDepartments(), getOrganisation()]);
  return (
    <main id="main" className="container">
      <h1>계정 관리</h1>
      <p>
        비활성화하거나 임시 비밀번호를 정하면 그 계정으로 로그인 중인 세션이 바로 끝납니다. 임시 비밀번호를 받은
        사용자는 다음 로그인 때 새 비밀번호를 정해야 합니다.
      </p>
      <section aria-labelledby="users-heading" className={styles.section}>
        <h2 id="users-heading">계정 목록</h2>
        <UsersTable users={users} departments={departments} viewerId={viewer.userId} />
      </section>
      <section aria-labelledby="create-user-heading" className={`narrow ${styles.section}`}>
        <h2 id="create-user-heading">계정 만들기</h2>
        <CreateUserForm departments={departments} labelledBy="create-user-heading" reviewOffice={org.reviewOffice} />
      </section>
    </main>
  );
}
