import type { Metadata } from "next";
import { AwardForm } from "@/components/staff/award-form";
import { saveAwardAction } from "@/lib/actions/awards/save-award";
import { can } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { awardFormOptions } from "@/lib/data/award-form-options";
import { readAwardYears } from "@/lib/data/award-years";
import { getOrganisation } from "@/lib/data/organisation";
import { withParticle } from "@/lib/korean";

export const metadata: Metadata = { title: "새 수상 실적 입력" };

export default async function NewAwardPage() {
  const viewer = await requireStaff();
  const [options, org, awardYears] = await Promise.all([awardFormOptions(), getOrganisation(), readAwardYears(viewer)]);
  return (
    <main id="main" className="container">
      <h1>새 수상 실적 입력</h1>
      <p>
        {can(viewer, "records.publish", { fourEyes: org.fourEyes })
          ? `${withParticle(org.reviewOffice, "이/가")} 저장한 내용은 바로 공개 화면에 게시됩니다.`
          : can(viewer, "review.read")
            ? "저장하면 제출로 남고, 다른 기획 담당자가 승인한 뒤 공개 화면에 반영됩니다."
            : `저장하면 ${org.reviewOffice}에 제출되고, 승인된 뒤 공개 화면에 반영됩니다.`}
      </p>
      <p>
        주관기관이 목록에 없으면 <a href="/workspace/awards/new-agency">새 주관기관의 수상 실적 입력</a>에서 기관과 함께
        제출하세요.
      </p>
      <AwardForm
        action={saveAwardAction}
        hidden={{}}
        defaults={{
          // The latest year still open for entry: in January the calendar year is rarely the one being recorded.
          year: awardYears.latestOpen,
          title: "",
          agencyId: null,
          grade: null,
          incentive: "",
          departmentIds: viewer.departmentId ? [viewer.departmentId] : [],
        }}
        {...options}
        evidence
      />
    </main>
  );
}
