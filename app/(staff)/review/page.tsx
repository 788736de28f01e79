import type { Metadata } from "next";
import { BatchControls } from "@/components/review/batch-controls";
import { PlannersOnly } from "@/components/review/planners-only";
import { PointProposalLinks } from "@/components/editions/point-proposal-links";
import { QueueItem, type RecordSubmission } from "@/components/review/queue-item";
import { ReviewNav } from "@/components/review/review-nav";
import { ReviewActions } from "@/components/review/review-actions";
import styles from "@/components/review/review.module.css";
import { can } from "@/lib/auth/can";
import { requireStaff } from "@/lib/auth/session";
import { listAwardEvidence, listProposalEvidence } from "@/lib/data/evidence";
import { getOrganisation } from "@/lib/data/organisation";
import { listPolicyAreas, listPublicKpis, listQuotedTotals } from "@/lib/data/public-kpis";
import { listAgencies, listDepartments } from "@/lib/data/public-registry";
import { reviewFlags } from "@/lib/data/review-checks";
import { listSubmissions } from "@/lib/data/submissions";
import { yearTotalsSources } from "@/lib/data/totals";
import { awardChange, type NameLookup } from "@/lib/review/change-rows";

export const metadata: Metadata = { title: "검토" };

/** The planning office's queue: every change the public would see waits here for 승인 or 반려. */
export default async function ReviewPage() {
  const viewer = await requireStaff();
  if (!can(viewer, "review.read")) return <PlannersOnly title="검토" />;
  const [pending, { fourEyes }] = await Promise.all([
    listSubmissions(viewer, { statuses: ["pending"] }),
    getOrganisation(),
  ]);
  const queue = pending.filter((s): s is RecordSubmission => s.entityType !== "policy_point");
  const points = pending.filter((s) => s.entityType === "policy_point");
  const flags = await reviewFlags(viewer, queue);
  const totals = await yearTotalsSources(viewer);
  const [agencies, departments, kpis, quotes, areas] = await Promise.all([
    listAgencies(),
    listDepartments(),
    listPublicKpis(),
    listQuotedTotals(),
    listPolicyAreas(),
  ]);
  // The 공문 or 상장 scan attached to the award a proposal changes, and any sent with the proposal.
  const evidence = new Map(
    await Promise.all(
      queue.map(async (s) => {
        if (s.entityType !== "award") return [s.id, []] as const;
        const onAward = s.entityId !== null ? await listAwardEvidence(viewer, s.entityId) : [];
        const sent = (await listProposalEvidence(viewer, s.id)).map((e) => ({ ...e, withProposal: true }));
        return [s.id, [...onAward, ...sent]] as const;
      }),
    ),
  );
  const areaNames = new Map(areas.map((a) => [a.id, a.title]));
  const agencyNames = new Map(agencies.map((a) => [a.id, a.name]));
  const departmentNames = new Map(departments.map((d) => [d.id, d.name]));
  const kpiById = new Map(kpis.map((k) => [k.id, k]));
  const names: NameLookup = {
    agency: (id) => agencyNames.get(id) ?? `주관기관 #${id}`,
    department: (id) => departmentNames.get(id) ?? `부서 #${id}`,
    kpi: (id) => kpiById.get(id),
    area: (id) => areaNames.get(id) ?? `분야 #${id}`,
  };

  return (
    <main id="main" className="container">
      <h1>검토</h1>
      <ReviewNav current="/review" />
      <ReviewActions>
        <p>
          부서가 제출한 추가·수정·삭제는 승인해야 공개 화면에 반영됩니다. 승인 대기{" "}
          <strong className="num">{pending.length}건</strong>
        </p>
        <PointProposalLinks proposals={points} />
        {queue.length === 0 ? (
          pending.length === 0 && <p className={styles.empty}>승인을 기다리는 제출이 없습니다.</p>
        ) : (
          <>
            <BatchControls
              context={{
                changes: queue.flatMap((s) => {
                  const change = awardChange(s);
                  return change ? [{ selection: `${s.id}:${s.version}`, change }] : [];
                }),
                totals: [...totals],
                quotes,
              }}
            />
            <ol className={styles.queue}>
              {queue.map((s) => (
                <QueueItem
                  key={s.id}
                  submission={s}
                  flags={flags.get(s.id) ?? []}
                  totals={totals}
                  quotes={quotes}
                  names={names}
                  own={!can(viewer, "submission.approve-other", { fourEyes, proposedBy: s.submittedBy })}
                  evidence={evidence.get(s.id) ?? []}
                />
              ))}
            </ol>
          </>
        )}
      </ReviewActions>
    </main>
  );
}
