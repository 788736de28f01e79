import type { Metadata } from "next";
import { ImportBatches } from "@/components/review/import-batches";
import { ImportForm } from "@/components/review/import-form";
import { ReviewNav } from "@/components/review/review-nav";
import { can } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { getOrganisation } from "@/lib/data/organisation";
import { withParticle } from "@/lib/korean";
import { listImportBatches } from "@/lib/data/import-batches";

export const metadata: Metadata = { title: "수상 실적 일괄 등록" };

/**
 * Bulk import from a spreadsheet laid out like the award export. Planners publish at once; an
 * officer's rows (each must list their department) become submissions for the planning office.
 */
export default async function ImportPage() {
  const viewer = await requireStaff();
  const org = await getOrganisation();
  const planner = can(viewer, "review.read");
  const publishes = can(viewer, "records.publish", { fourEyes: org.fourEyes });
  const office = withParticle(org.reviewOffice, "이/가");
  return (
    <main id="main" className="container">
      <h1>수상 실적 일괄 등록</h1>
      {planner ? <ReviewNav current="/review/import" /> : null}
      <ol>
        <li>
          공개 화면의 수상 실적에서 엑셀(XLSX)을 내려받아 같은 열(연도, 수상명, 주관기관, 등급, 인센티브(백만원),
          담당부서)로 작성합니다. ID가 있는 행은 그 수상 실적을 고치고(바뀐 행만), ID가 빈 행은 새로 추가합니다.
        </li>
        <li>파일을 올려 검사합니다. 이때는 아무것도 등록되지 않습니다.</li>
        <li>
          모든 행이 올바르면 등록을 확정합니다.{" "}
          {publishes
            ? `${office} 확정하면 모든 행이 한 번에 게시됩니다.`
            : planner
              ? "확정하면 행마다 승인 요청이 만들어지고, 다른 기획 담당자가 승인하면 공개됩니다."
              : `부서에서 확정하면 행마다 승인 요청이 만들어지고, ${office} 승인하면 공개됩니다. ` +
                "자기 부서가 담당부서에 있는 행만 올릴 수 있습니다."}
        </li>
      </ol>
      <ImportForm mode={publishes ? "publish" : "submit"} />
      {planner ? <ImportBatches batches={await listImportBatches(viewer)} /> : null}
    </main>
  );
}
