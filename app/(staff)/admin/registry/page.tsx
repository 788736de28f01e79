import type { Metadata } from "next";
import { AccessDenied } from "@/components/admin/access-denied";
import styles from "@/components/admin/admin.module.css";
import { AgenciesTable, DepartmentsTable } from "@/components/admin/registry-tables";
import { RenameRegistryForm } from "@/components/admin/rename-registry-form";
import { can, REFUSALS } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { listAgencies, listDepartments } from "@/lib/data/public-registry";

export const metadata: Metadata = { title: "부서·기관 관리" };

export default async function RegistryPage() {
  const viewer = await requireStaff();
  if (!can(viewer, "registry.rename"))
    return <AccessDenied title="부서·기관 관리" message={REFUSALS["registry.rename"]} />;
  const [departments, agencies] = await Promise.all([listDepartments(), listAgencies()]);
  return (
    <main id="main" className="container">
      <h1>부서·기관 관리</h1>
      <div className="alert">
        <p>
          부서나 주관기관의 이름이 바뀌면 새 이름과 바뀐 날짜를 입력합니다. 그 날짜 전의 기록은 발표 당시의 예전
          이름으로 계속 보이고, 그 뒤의 기록과 목록에는 새 이름이 쓰입니다.
        </p>
        <p>
          예: 문화재청이 2024-05-17에 국가유산청이 되었다면, 바꿀 기관 ‘문화재청’, 새 이름 ‘국가유산청’, 바뀐 날짜
          2024-05-17.
        </p>
      </div>

      <section aria-labelledby="departments-heading" className={styles.section}>
        <h2 id="departments-heading">부서</h2>
        <div className={`narrow ${styles.renameForm}`}>
          <h3 id="rename-department-heading">부서 이름 바꾸기</h3>
          <RenameRegistryForm
            kind="department"
            noun="부서"
            entries={departments}
            labelledBy="rename-department-heading"
          />
        </div>
        <DepartmentsTable departments={departments} />
      </section>

      <section aria-labelledby="agencies-heading" className={styles.section}>
        <h2 id="agencies-heading">주관기관</h2>
        <div className={`narrow ${styles.renameForm}`}>
          <h3 id="rename-agency-heading">주관기관 이름 바꾸기</h3>
          <RenameRegistryForm kind="agency" noun="주관기관" entries={agencies} labelledBy="rename-agency-heading" />
        </div>
        <AgenciesTable agencies={agencies} />
      </section>
    </main>
  );
}
