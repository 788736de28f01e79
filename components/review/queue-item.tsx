import type { SubmissionView } from "@/lib/data/submissions";
import { formatDateTime } from "@/lib/format";
import { SUBMISSION_ACTION_LABELS } from "@/lib/labels";
import { awardChange, changeRows, type NameLookup } from "@/lib/review/change-rows";
import type { CheckFlag } from "@/lib/review/checks";
import type { QuotedTotal } from "@/lib/narrative/quoted-total";
import { totalsEffect, type YearTotalsSource } from "@/lib/review/effect";
import { quoteWarnings } from "@/lib/review/quote-effect";
import { BATCH_FORM_ID } from "./batch-controls";
import { ChangeTable } from "./change-table";
import { CheckFlags } from "./check-flags";
import { EvidencePublicButton } from "./evidence-public-button";
import { QuoteWarnings } from "./quote-warnings";
import { ReviewDecision } from "./review-decision";
import styles from "./review.module.css";
import { TotalsEffect } from "./totals-effect";

/** A proposal about an award or a KPI value (narrative points are reviewed in the edition's editor). */
export type RecordSubmission = SubmissionView & { entityType: "award" | "kpi_value" | "kpi" };

type Props = {
  submission: RecordSubmission;
  flags: CheckFlag[];
  totals: ReadonlyMap<number, YearTotalsSource>;
  /** Narrative sentences that quote a year's totals. */
  quotes: QuotedTotal[];
  names: NameLookup;
  /** The viewer's own proposal under the four-eyes rule: another planner approves it. */
  own?: boolean;
  /** Evidence attached to the award the proposal changes. */
  evidence?: readonly { id: number; fileName: string; isPublic: boolean; withProposal?: boolean }[];
};

/** What the change is called: the award's title, or the KPI's name and period. */
function subjectOf(s: SubmissionView, names: NameLookup): string {
  const record = s.content;
  if (s.entityType === "award") return String(record.title ?? "");
  if (s.entityType === "kpi") return String(record.name ?? s.published?.name ?? "");
  return `${names.kpi(Number(record.kpiId))?.name ?? "성과 지표"} ${String(record.period ?? "")}`;
}

/** One waiting submission: before and after, its effect on the public totals, the checks, and the decision. */
export function QueueItem({ submission: s, flags, totals, quotes, names, own = false, evidence = [] }: Props) {
  const selection = `${s.id}:${s.version}`;
  const headingId = `submission-${s.id}`;
  const kind = s.entityType === "award" ? "수상 실적" : s.entityType === "kpi" ? "성과 지표" : "성과 지표 값";
  const change = awardChange(s);
  const effects = change ? totalsEffect(change, totals) : null;
  return (
    <li>
      <article className={styles.item} aria-labelledby={headingId}>
        <div className={styles.itemHead}>
          <input
            type="checkbox"
            id={`select-${s.id}`}
            name="selected"
            value={selection}
            form={BATCH_FORM_ID}
            aria-describedby={headingId}
            disabled={own}
          />
          <label htmlFor={`select-${s.id}`} className={styles.select}>
            선택
          </label>
          <h2 id={headingId}>
            {kind} {SUBMISSION_ACTION_LABELS[s.action]}: {subjectOf(s, names)}
          </h2>
        </div>
        <p className={styles.meta}>
          제출 #{s.id} · 부서 {s.department} · 제출자 {s.submitter} ·{" "}
          <time dateTime={s.updatedAt.toISOString()}>{formatDateTime(s.updatedAt)}</time>
        </p>
        <ChangeTable caption="바뀌는 내용" rows={changeRows(s, names)} deleting={s.action === "delete"} />
        {s.entityType === "award" ? (
          evidence.length ? (
            <div>
              <p>증빙 (공개로 정한 파일만 공개 화면에서 열리고, 나머지는 증빙이 있다는 것만 보입니다):</p>
              <ul>
                {evidence.map((e) => (
                  <li key={e.id} className={styles.evidenceItem}>
                    <a href={`/evidence/${e.id}`}>{e.fileName}</a>{" "}
                    {e.withProposal ? (
                      // Made public, if at all, once approval has made it the award's.
                      "(제출과 함께 보냄)"
                    ) : (
                      <>
                        {e.isPublic ? "(공개)" : "(비공개)"}
                        <EvidencePublicButton file={e} />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p>증빙: 없음</p>
          )
        ) : null}
        <TotalsEffect effects={effects} />
        <CheckFlags flags={flags} />
        {effects && <QuoteWarnings warnings={quoteWarnings(quotes, effects, totals)} />}
        {own && <p>본인이 제출한 변경입니다. 다른 기획 담당자가 승인합니다. 반려하면 제출을 거둡니다.</p>}
        <ReviewDecision selection={selection} approvable={!own} />
      </article>
    </li>
  );
}
