/**
 * The words of notices by e-mail: plain Korean text, built from what the data layer found. Pure, so
 * it is tested without a server. A notice names the record and where to open it, never a person:
 * it may be forwarded, and what one member of staff did is not another's to mail around.
 */

/** What a proposal is about, as a notice names it. */
export type NoticeSubject = {
  proposalId: number;
  entity: "award" | "kpi" | "kpi_value" | "policy_point";
  action: "create" | "update" | "delete";
  /** The award's title, the KPI's name, or the point's first words. */
  name: string;
  year: number;
  department: string;
};

export type Mail = { to: string; subject: string; text: string };

const ENTITY: Record<NoticeSubject["entity"], string> = {
  award: "수상 실적",
  kpi: "성과지표",
  kpi_value: "성과지표 실적값",
  policy_point: "군정 성과 내용",
};

const ACTION: Record<NoticeSubject["action"], string> = { create: "등록", update: "수정", delete: "삭제" };

const FOOTER =
  "이 메일은 성과 관리 화면의 알림 설정에서 받기로 한 분께만 보냅니다. 그만 받으려면 알림 설정에서 해제해 주세요.";

/** A link in a notice: the site's address and the path, or the path alone when the address is unknown. */
export function noticeLink(site: string | undefined, path: string): string {
  return site ? `${site.replace(/\/+$/, "")}${path}` : path;
}

function line(s: NoticeSubject): string {
  return `- [${s.department}] ${s.year}년 ${ENTITY[s.entity]} ${ACTION[s.action]}: ${s.name}`;
}

/** Where a reviewer opens a proposal: narrative points are reviewed in their edition, the rest in /review. */
export function reviewPath(s: Pick<NoticeSubject, "entity" | "year">): string {
  return s.entity === "policy_point" ? `/workspace/editions/${s.year}` : "/review";
}

/** Where the officer reads a returned proposal and its reason. */
export function returnedPath(s: Pick<NoticeSubject, "entity" | "year" | "proposalId">): string {
  return s.entity === "policy_point" ? `/workspace/editions/${s.year}` : `/workspace/submissions/${s.proposalId}`;
}

/** To a planner: proposals submitted for review (one mail for all those one save or import sent). */
export function submittedMail(to: string, subjects: NoticeSubject[], site: string | undefined): Mail {
  const first = subjects[0];
  const more = subjects.length > 1 ? ` 외 ${subjects.length - 1}건` : "";
  const paths = [...new Set(subjects.map(reviewPath))];
  return {
    to,
    subject: `[성과] 검토할 제출 내용: ${first.name}${more}`,
    text: [
      `검토를 기다리는 제출 내용이 ${subjects.length}건 있습니다.`,
      "",
      ...subjects.map(line),
      "",
      "검토하기:",
      ...paths.map((p) => noticeLink(site, p)),
      "",
      FOOTER,
    ].join("\n"),
  };
}

/** To the officer who proposed: what was returned and why. */
export function returnedMail(
  to: string,
  returned: (NoticeSubject & { reason: string })[],
  site: string | undefined,
): Mail {
  const first = returned[0];
  const more = returned.length > 1 ? ` 외 ${returned.length - 1}건` : "";
  return {
    to,
    subject: `[성과] 제출 내용이 반려되었습니다: ${first.name}${more}`,
    text: [
      `제출한 내용 ${returned.length}건이 반려되었습니다. 사유를 확인하고 고쳐서 다시 제출해 주세요.`,
      "",
      ...returned.flatMap((r) => [
        line(r),
        `  반려 사유: ${r.reason}`,
        `  고치기: ${noticeLink(site, returnedPath(r))}`,
      ]),
      "",
      FOOTER,
    ].join("\n"),
  };
}
