import type { Metadata } from "next";
import { KpiDefinitionForm } from "@/components/staff/kpi-definition-form";
import { can } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { kpiDefinitionOptions } from "@/lib/data/kpi-definitions";
import { getOrganisation } from "@/lib/data/organisation";

export const metadata: Metadata = { title: "새 성과 지표" };

export default async function NewKpiPage() {
  const viewer = await requireStaff();
  const [options, org] = await Promise.all([kpiDefinitionOptions(viewer), getOrganisation()]);
  return (
    <main id="main" className="container">
      <h1>새 성과 지표</h1>
      <p>
        {can(viewer, "records.publish", { fourEyes: org.fourEyes })
          ? "저장하면 바로 공개 화면에 게시됩니다."
          : can(viewer, "review.read")
            ? "저장하면 제출로 남고, 다른 기획 담당자가 승인하면 공개 화면에 나타납니다."
            : `저장하면 ${org.reviewOffice}에 제출되고, 승인되면 공개 화면에 나타납니다.`}
      </p>
      <KpiDefinitionForm areas={options.areas} departments={options.departments} />
    </main>
  );
}
