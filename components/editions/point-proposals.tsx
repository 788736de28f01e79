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
  /** Proposals this viewer may not approve (their own, under the four-eyes rule). */
  ownUnderRule?: (p: PointProposal) => boolean;
  areaTitles: ReadonlyMap<number, string>;
  pointTexts: ReadonlyMap<number, string>;
};

const STATUS = { pending: "검토 대기", returned: "반려됨", approved: "승인됨", withdrawn: "철회됨" } as const;

const CHANGE = { create: "새 항목", update: "문구 수정", delete: "삭제" } as const;

export function PointProposals({ proposals, reviewer, ownUnderRule = () => false, areaTitles, pointTexts }: Props) {
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
                <strong>{STATUS[p.status]}</strong> · {CHANGE[p.change]} · {p.department} · {p.submitter} ·{" "}
                <time dateTime={p.updatedAt.toISOString()}>{formatDateTime(p.updatedAt)}</time>
              </p>
              <p>
                자리: {areaTitles.get(p.content.areaId) ?? "분야"}
                {p.content.parentId !== null &&
                  `, "${pointTexts.get(p.content.parentId) ?? "삭제된 항목"}"의 하위 항목`}
              </p>
              {p.change === "update" && <p>지금 문구: {pointTexts.get(p.content.pointId ?? 0) ?? "삭제된 항목"}</p>}
              <p>
                {p.change === "update" ? "제안 문구: " : p.change === "delete" ? "삭제할 항목: " : ""}
                {p.content.text}
              </p>
              {p.reviewNote && <p>반려 사유: {p.reviewNote}</p>}
              {reviewer && p.status === "pending" && ownUnderRule(p) && (
                <p>본인이 제출한 변경입니다. 다른 기획 담당자가 승인합니다. 반려하면 제출을 거둡니다.</p>
              )}
              {reviewer && p.status === "pending" && (
                <>
                  {!ownUnderRule(p) &&
                    (p.change === "delete" ? (
                      <EditionForm
                        action={approvePointAction}
                        id={`proposal-${p.id}-approve`}
                        hidden={{ id: p.id, version: p.version, text: p.content.text }}
                        submitLabel="삭제 승인"
                      />
                    ) : (
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
                    ))}
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
