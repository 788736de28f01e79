import type { Metadata } from "next";
import { AccessDenied } from "@/components/admin/access-denied";
import styles from "@/components/admin/admin.module.css";
import { AgenciesTable, DepartmentsTable } from "@/components/admin/registry-tables";
import {
  AddRegistryEntryForm,
  MergeDepartmentsForm,
  RegistryActiveForm,
} from "@/components/admin/registry-entry-forms";
import { RegistryImportForm } from "@/components/admin/registry-import-form";
import { RenameRegistryForm } from "@/components/admin/rename-registry-form";
import { AGENCY_KINDS } from "@/db/schema";
import { getOrganisation } from "@/lib/data/organisation";
import { agencyKindLabels } from "@/lib/organisation";
import { can, REFUSALS } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { listAgencies, listDepartments } from "@/lib/data/public-registry";

export const metadata: Metadata = { title: "부서·기관 관리" };

export default async function RegistryPage() {
  const viewer = await requireStaff();
  if (!can(viewer, "registry.manage"))
    return <AccessDenied title="부서·기관 관리" message={REFUSALS["registry.manage"]} />;
  const [departments, agencies, org] = await Promise.all([listDepartments(), listAgencies(), getOrganisation()]);
  const kindLabels = agencyKindLabels(org.province);
  const agencyKinds = AGENCY_KINDS.map((k) => ({ value: k, label: kindLabels[k] }));
  const departmentOptions = departments.map((d) => ({ value: d.id, label: d.name }));
  return (
    <main id="main" className="container">
      <h1>부서·기관 관리</h1>
      <div className="alert">
        <p>
          부서나 주관기관의 이름이 바뀌면 새 이름과 바뀐 날짜를 입력합니다. 그 날짜 전의 기록은 발표 당시의 예전
          이름으로 계속 보이고, 그 뒤의 기록과 목록에는 새 이름이 쓰입니다.
        </p>
        <p>사용을 중지한 부서나 기관은 새 기록에서 고를 수 없지만, 이미 있는 기록과 공개 화면에는 그대로 보입니다.</p>
        <p>
          예: 문화재청이 2024-05-17에 국가유산청이 되었다면, 바꿀 기관 ‘문화재청’, 새 이름 ‘국가유산청’, 바뀐 날짜
          2024-05-17.
        </p>
      </div>

      <section aria-labelledby="departments-heading" className={styles.section}>
        <h2 id="departments-heading">부서</h2>
        <div className={`narrow ${styles.renameForm}`}>
          <h3 id="add-department-heading">부서 추가</h3>
          <AddRegistryEntryForm kind="department" labelledBy="add-department-heading" />
        </div>
        <div className={`narrow ${styles.renameForm}`}>
          <h3 id="rename-department-heading">부서 이름 바꾸기</h3>
          <RenameRegistryForm
            kind="department"
            noun="부서"
            entries={departments}
            labelledBy="rename-department-heading"
          />
        </div>
        <div className={`narrow ${styles.renameForm}`}>
          <h3 id="active-department-heading">부서 사용 중지·다시 사용</h3>
          <RegistryActiveForm
            kind="department"
            noun="부서"
            entries={departments}
            labelledBy="active-department-heading"
          />
        </div>
        <DepartmentsTable departments={departments} />
      </section>

      <section aria-labelledby="registry-import-heading" className={styles.section}>
        <h2 id="registry-import-heading">목록 일괄 등록</h2>
        <p>
          엑셀이나 CSV로 관리하는 부서·기관 목록을 올립니다. 검사하기는 행마다 추가·변경·변경 없음·오류를 보여 줄 뿐
          아무것도 바꾸지 않고, 등록하기는 파일을 다시 검사해 오류가 없을 때만 한꺼번에 반영합니다.
        </p>
        <RegistryImportForm labelledBy="registry-import-heading" />
      </section>

      <section aria-labelledby="reorganise-heading" className={styles.section}>
        <h2 id="reorganise-heading">조직개편</h2>
        <p>
          통합하면 없어지는 부서의 수상 실적·성과 지표·계정이 통합 후 부서로 옮겨지고, 공개 화면의 부서별 집계도 통합 후
          부서로 모입니다. 지난 수상 실적은 발표 당시의 부서명으로 계속 보입니다. 검토를 기다리는 제출이 있는 부서는
          검토를 마친 뒤 통합할 수 있습니다.
        </p>
        <div className={`narrow ${styles.renameForm}`}>
          <h3 id="merge-heading">부서 통합</h3>
          <MergeDepartmentsForm
            departments={departmentOptions.filter((d) => departments.find((x) => x.id === d.value)?.active)}
            labelledBy="merge-heading"
          />
        </div>
        <p>
          한 부서를 여러 부서로 나눌 때는 기록마다 옮겨 갈 부서를 정해야 하므로 <a href="/review/split">부서 분리</a>{" "}
          화면에서 검토 부서가 처리합니다.
        </p>
      </section>

      <section aria-labelledby="agencies-heading" className={styles.section}>
        <h2 id="agencies-heading">주관기관</h2>
        <div className={`narrow ${styles.renameForm}`}>
          <h3 id="add-agency-heading">주관기관 추가</h3>
          <AddRegistryEntryForm kind="agency" labelledBy="add-agency-heading" agencyKinds={agencyKinds} />
        </div>
        <div className={`narrow ${styles.renameForm}`}>
          <h3 id="rename-agency-heading">주관기관 이름 바꾸기</h3>
          <RenameRegistryForm kind="agency" noun="주관기관" entries={agencies} labelledBy="rename-agency-heading" />
        </div>
        <div className={`narrow ${styles.renameForm}`}>
          <h3 id="active-agency-heading">주관기관 사용 중지·다시 사용</h3>
          <RegistryActiveForm kind="agency" noun="주관기관" entries={agencies} labelledBy="active-agency-heading" />
        </div>
        <AgenciesTable agencies={agencies} />
      </section>
    </main>
  );
}
