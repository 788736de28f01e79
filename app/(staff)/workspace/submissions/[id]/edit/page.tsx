import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AwardForm } from "@/components/staff/award-form";
import { resubmitNewAwardAction } from "@/lib/actions/awards/resubmit-new-award";
import { requireStaff } from "@/lib/auth/session";
import { awardFormOptions } from "@/lib/data/award-form-options";
import type { AwardContent } from "@/lib/data/award-records";
import { getSubmission } from "@/lib/data/submissions";
import { NotFoundError } from "@/lib/errors";
import { wonToMillionWonDecimal } from "@/lib/money";
import { routeId, type PageIdProps } from "@/lib/route-props";

export const metadata: Metadata = { title: "제출 고치기" };

/** Corrects a proposed new award (there is no published record to edit yet). */
export default async function EditSubmissionPage({ params }: PageIdProps) {
  const viewer = await requireStaff();
  const id = routeId((await params).id);
  if (id === null) notFound();
  let submission: Awaited<ReturnType<typeof getSubmission>>;
  try {
    submission = await getSubmission(viewer, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  if (submission.entityType !== "award" || submission.action !== "create") notFound();
  const content = submission.content as AwardContent;
  const options = await awardFormOptions();
  return (
    <main id="main" className="container">
      <h1>제출 고치기</h1>
      {submission.reviewNote ? <p className="alert alert--warning">반려 사유: {submission.reviewNote}</p> : null}
      <AwardForm
        action={resubmitNewAwardAction}
        hidden={{ submissionId: submission.id, submissionVersion: submission.version }}
        defaults={{
          ...content,
          incentive: content.incentive === null ? "" : wonToMillionWonDecimal(content.incentive),
        }}
        {...options}
      />
    </main>
  );
}
