import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AwardForm } from "@/components/staff/award-form";
import { DeleteAwardForm } from "@/components/staff/delete-award-form";
import { EvidenceSection } from "@/components/staff/evidence-section";
import { saveAwardAction } from "@/lib/actions/awards/save-award";
import { requireStaff } from "@/lib/auth/session";
import { getAwardForEdit } from "@/lib/data/award-edits";
import { awardFormOptions } from "@/lib/data/award-form-options";
import { yearLockText } from "@/components/staff/year-lock";
import { awardYearState, readAwardYears } from "@/lib/data/award-years";
import { can } from "@/lib/auth/can";
import { listAwardEvidence, listProposalEvidence } from "@/lib/data/evidence";
import { getOrganisation } from "@/lib/data/organisation";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { SUBMISSION_STATUS_LABELS } from "@/lib/labels";
import { wonToMillionWonDecimal } from "@/lib/money";
import { routeId, type PageIdProps } from "@/lib/route-props";

export const metadata: Metadata = { title: "수상 실적 수정" };

export default async function EditAwardPage({ params }: PageIdProps) {
  const viewer = await requireStaff();
  const id = routeId((await params).id);
  if (id === null) notFound();
  let record: Awaited<ReturnType<typeof getAwardForEdit>>;
  try {
    record = await getAwardForEdit(viewer, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) {
      return (
        <main id="main" className="container">
          <h1>수상 실적 수정</h1>
          <p className="alert alert--error">{error.message}</p>
        </main>
      );
    }
    throw error;
  }
  const { award, openSubmission } = record;
  const [options, org, evidence, awardYears, proposalEvidence] = await Promise.all([
    awardFormOptions({ agencyId: award.agencyId, departmentIds: award.departmentIds }),
    getOrganisation(),
    listAwardEvidence(viewer, id),
    readAwardYears(viewer),
    openSubmission ? listProposalEvidence(viewer, openSubmission.id) : [],
  ]);
  // A save that will be a proposal can carry its 공문 to the reviewer.
  const proposes = !can(viewer, "records.publish", { fourEyes: org.fourEyes });
  // Said before the form is filled in, not refused after 저장.
  const locked = yearLockText(awardYearState(awardYears, award.year), award.year, org.reviewOffice);
  if (locked) {
    return (
      <main id="main" className="container">
        <h1>수상 실적 수정</h1>
        <p className="alert alert--warning">{locked}</p>
        <p>
          <Link href="/workspace/awards">수상 실적 목록으로</Link>
        </p>
      </main>
    );
  }
  // An officer continues from their open proposal; the version guard stays the published one.
  const shown = openSubmission?.action === "update" ? openSubmission.content : award;
  const incentiveWon = "incentive" in shown ? shown.incentive : shown.incentiveWon;
  return (
    <main id="main" className="container">
      <h1>수상 실적 수정</h1>
      {openSubmission ? (
        <p className={openSubmission.status === "returned" ? "alert alert--warning" : "alert"}>
          이 수상 실적에는 {SUBMISSION_STATUS_LABELS[openSubmission.status]}인 제출이 있습니다
          {openSubmission.reviewNote ? ` (반려 사유: ${openSubmission.reviewNote})` : ""}. 아래 양식은 제출한 내용을
          보여 주며, 저장하면 그 제출을 고칩니다.
          {proposalEvidence.length ? ` 제출에 붙인 증빙: ${proposalEvidence.map((e) => e.fileName).join(", ")}.` : ""}
        </p>
      ) : null}
      <AwardForm
        action={saveAwardAction}
        hidden={{ id: award.id, version: award.version, submissionVersion: openSubmission?.version ?? "none" }}
        defaults={{
          year: shown.year,
          title: shown.title,
          agencyId: shown.agencyId,
          grade: shown.grade,
          incentive: incentiveWon === null ? "" : wonToMillionWonDecimal(incentiveWon),
          departmentIds: shown.departmentIds,
          awardedOn: shown.awardedOn ?? null,
          remarks: shown.remarks ?? null,
        }}
        {...options}
        evidence={proposes}
      />
      <EvidenceSection awardId={award.id} files={evidence} />
      <DeleteAwardForm
        id={award.id}
        version={award.version}
        submissionVersion={openSubmission?.version ?? "none"}
        reviewOffice={org.reviewOffice}
      />
    </main>
  );
}
