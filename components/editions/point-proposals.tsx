import { approvePointAction } from "@/lib/actions/editions/approve-point";
import { returnPointAction } from "@/lib/actions/editions/return-point";
import type { PointProposal } from "@/lib/data/edition-proposals";
import { formatDateTime } from "@/lib/format";
import { EditionForm } from "./edition-form";
import styles from "./editions.module.css";

type Props = {
  proposals: PointProposal[];
  /** The planner decides; an officer sees their department's proposals and why one came back. */
  reviewer: boolean;
  areaTitles: ReadonlyMap<number, string>;
  pointTexts: ReadonlyMap<number, string>;
};

const STATUS = { pending: "검토 대기", returned: "반려됨", approved: "승인됨", withdrawn: "철회됨" } as const;

export function PointProposals({ proposals, reviewer, areaTitles, pointTexts }: Props) {
  return (
    <section id="proposals" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">서술 항목 제안 {proposals.length}건</h2>
      {proposals.length === 0 ? (
        <p>검토를 기다리거나 반려된 제안이 없습니다.</p>
      ) : (
        <ol className={styles.proposals}>
          {proposals.map((p) => (
            <li key={p.id} id={`proposal-${p.id}`}>
              <p>
                <strong>{STATUS[p.status]}</strong> · {p.department} · {p.submitter} ·{" "}
                <time dateTime={p.updatedAt.toISOString()}>{formatDateTime(p.updatedAt)}</time>
              </p>
              <p>
                자리: {areaTitles.get(p.content.areaId) ?? "분야"}
                {p.content.parentId !== null &&
                  `, "${pointTexts.get(p.content.parentId) ?? "삭제된 항목"}"의 하위 항목`}
              </p>
              <p>{p.content.text}</p>
              {p.reviewNote && <p>반려 사유: {p.reviewNote}</p>}
              {reviewer && p.status === "pending" && (
                <>
                  <EditionForm
                    action={approvePointAction}
                    id={`proposal-${p.id}-approve`}
                    hidden={{ id: p.id, version: p.version }}
                    fields={[
                      {
                        name: "text",
                        label: "승인할 서술 내용",
                        multiline: true,
                        defaultValue: p.content.text,
                        hint: "고쳐서 승인할 수 있습니다.",
                      },
                    ]}
                    submitLabel="승인"
                  />
                  <EditionForm
                    action={returnPointAction}
                    id={`proposal-${p.id}-return`}
                    hidden={{ id: p.id, version: p.version }}
                    fields={[{ name: "reason", label: "반려 사유" }]}
                    submitLabel="반려"
                    secondary
                  />
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
