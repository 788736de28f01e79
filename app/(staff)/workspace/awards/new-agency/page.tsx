import type { Metadata } from "next";
import { AwardForm } from "@/components/staff/award-form";
import { AGENCY_KINDS } from "@/db/schema";
import { saveAwardWithNewAgencyAction } from "@/lib/actions/awards/save-award-with-new-agency";
import { can } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { awardFormOptions } from "@/lib/data/award-form-options";
import { getOrganisation } from "@/lib/data/organisation";
import { withParticle } from "@/lib/korean";
import { agencyKindLabels } from "@/lib/organisation";

export const metadata: Metadata = { title: "새 주관기관의 수상 실적 입력" };

export default async function NewAgencyAwardPage() {
  const viewer = await requireStaff();
  const [options, org] = await Promise.all([awardFormOptions(), getOrganisation()]);
  const labels = agencyKindLabels(org.province);
  return (
    <main id="main" className="container">
      <h1>새 주관기관의 수상 실적 입력</h1>
      <p>
        {can(viewer, "agency.confirm")
          ? `${withParticle(org.reviewOffice, "이/가")} 저장하면 새 주관기관이 목록에 추가되고 수상 실적이 바로 게시됩니다.`
          : `주관기관 목록에 없는 기관이 준 상이면 여기서 기관 이름과 구분을 함께 적어 제출합니다. ${withParticle(org.reviewOffice, "이/가")} 승인하면 기관이 목록에 추가되고 수상 실적이 함께 공개되며, 반려하면 둘 다 등록되지 않습니다.`}
      </p>
      <p>
        목록에 있는 기관이면 <a href="/workspace/awards/new">새 수상 실적 입력</a>에서 고르세요.
      </p>
      <AwardForm
        action={saveAwardWithNewAgencyAction}
        hidden={{}}
        defaults={{
          year: new Date().getFullYear(),
          title: "",
          agencyId: null,
          grade: null,
          incentive: "",
          departmentIds: viewer.departmentId ? [viewer.departmentId] : [],
        }}
        newAgencyKinds={AGENCY_KINDS.map((k) => ({ value: k, label: labels[k] }))}
        {...options}
      />
    </main>
  );
}
