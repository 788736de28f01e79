import { ForbiddenError } from "@/lib/errors";
import { withParticle } from "@/lib/korean";
import type { Role } from "@/db/schema";
import type { StaffViewer, Viewer } from "./viewer";

/**
 * Who may do what to which record, in one table. Data functions call `authorize` (it throws),
 * pages call `can` to decide what to show, the action wrappers' coarse `allow` names a row here,
 * and the authorization-matrix test reads the same rules.
 * A rule gets the record when the answer depends on it (an officer's own department's rows, an
 * admin's own account).
 */
export type PolicyRecord =
  | {
      departmentIds?: readonly number[];
      userId?: number;
      /** A role change: the account's role now and the one asked for. */
      roles?: { from: Role; to: Role };
      /** The organisation's four-eyes rule is on: a planner's own change needs another planner's approval. */
      fourEyes?: boolean;
      /** Who proposed the change being decided. */
      proposedBy?: number;
    }
  | undefined;

const anyStaff = () => true;
/** Planners (the review office) and admins see and edit every department's rows and publish. */
const planner = (v: StaffViewer) => v.role === "planner" || v.role === "admin";
const admin = (v: StaffViewer) => v.role === "admin";
/** Officers only their own department's rows (an award shared by several belongs to each); planners any. */
const ownDepartment = (v: StaffViewer, r: PolicyRecord) =>
  planner(v) || (v.departmentId !== null && (r?.departmentIds ?? []).includes(v.departmentId));

export const POLICY = {
  "workspace.use": anyStaff,
  /** One's own account: password, authenticator. */
  "account.own": anyStaff,
  "import.run": anyStaff,
  "record.edit": ownDepartment,
  "record.delete": ownDepartment,
  /** A proposal must keep the proposer's department among the record's owners. */
  "record.assign": ownDepartment,
  "kpi.edit": ownDepartment,
  /** Evidence (공문, 상장 scan) of a department's award or proposal: attached and read by its staff. */
  "evidence.attach": ownDepartment,
  "evidence.read": ownDepartment,
  /** Letting the public open an evidence file (otherwise it sees only that one exists). */
  "evidence.publish": planner,
  /** Every department's rows at once: lists and counts without a department filter. */
  "records.all": planner,
  /**
   * A change goes live at once instead of waiting as a proposal for review. Under the four-eyes
   * rule nobody's change does: a planner's waits for another planner like an officer's.
   */
  "records.publish": (v: StaffViewer, r: PolicyRecord) => planner(v) && !r?.fourEyes,
  "award.restore": planner,
  "trash.read": planner,
  "totals.read": planner,
  "review.read": planner,
  "submission.approve": planner,
  /** Under the four-eyes rule the approval of a change comes from someone other than who proposed it. */
  "submission.approve-other": (v: StaffViewer, r: PolicyRecord) =>
    planner(v) && !(r?.fourEyes && r.proposedBy === v.userId),
  "submission.return": planner,
  "duplicates.mark": planner,
  "year.set-status": planner,
  "audit.read": planner,
  "users.manage": admin,
  /** Not one's own account: an admin who locks themselves out needs another admin to get back in. */
  "users.deactivate": (v: StaffViewer, r: PolicyRecord) => admin(v) && r?.userId !== v.userId,
  "two-factor.reset": admin,
  /**
   * Planners move people between officer and planner as staff join or leave the review office;
   * admin stays the admins' to give or take, so the office that publishes cannot also take over
   * accounts, registries and the organisation's identity. Nobody changes their own role.
   */
  "users.set-role": (v: StaffViewer, r: PolicyRecord) =>
    planner(v) &&
    r?.userId !== v.userId &&
    (admin(v) || r?.roles === undefined || (r.roles.from !== "admin" && r.roles.to !== "admin")),
  "registry.rename": admin,
  /** Add departments and bodies, (de)activate them, import their lists, merge departments. */
  "registry.manage": admin,
  /** A body missing from the registry, met while entering an award or an import: anyone entering records. */
  "agency.propose": anyStaff,
  /** Confirming a proposed body is a review decision. */
  "agency.confirm": planner,
  /** Splitting a department: the review office assigns each of its records to a new department. */
  "registry.split": planner,
  "organisation.edit": admin,
  "import.undo": planner,
  /** Start, word, order and publish a year's edition (its areas' headlines and narrative points). */
  "edition.edit": planner,
  /**
   * Retitle and reorder a published edition's areas and points: live at once, so not under the
   * four-eyes rule (these have no proposal; the points' text has).
   */
  "edition.arrange": (v: StaffViewer, r: PolicyRecord) => planner(v) && !r?.fourEyes,
  /**
   * Propose a narrative point, in one's department's name. Areas have no owning department
   * (policy_areas has none; only KPIs do), so any department may propose in any area and the
   * planner decides.
   */
  "edition.propose": (v: StaffViewer) => v.departmentId !== null,
} satisfies Record<string, (viewer: StaffViewer, record: PolicyRecord) => boolean>;

export type PolicyAction = keyof typeof POLICY;

export const POLICY_ACTIONS = Object.keys(POLICY) as PolicyAction[];

/**
 * The refusal each action gives, worded once (data, action and page layers show it). The review
 * office is "검토 부서" here; staff pages put the organisation's own office name in (refusalFor).
 */
export const REFUSALS: Record<PolicyAction, string> = {
  "workspace.use": "이 작업을 할 권한이 없습니다.",
  "account.own": "이 작업을 할 권한이 없습니다.",
  "import.run": "이 작업을 할 권한이 없습니다.",
  "record.edit": "다른 부서의 수상 실적은 수정할 수 없습니다.",
  "record.delete": "다른 부서의 수상 실적은 삭제할 수 없습니다.",
  "record.assign": "자기 부서가 담당부서에 포함되어야 합니다.",
  "kpi.edit": "다른 부서의 지표는 수정할 수 없습니다.",
  "evidence.attach": "다른 부서의 수상 실적에는 증빙을 붙일 수 없습니다.",
  "evidence.read": "이 증빙 파일을 볼 권한이 없습니다.",
  "evidence.publish": "증빙 공개는 검토 부서만 정할 수 있습니다.",
  "records.all": "이 작업을 할 권한이 없습니다.",
  "records.publish": "이 작업을 할 권한이 없습니다.",
  "award.restore": "휴지통 복원은 검토 부서만 할 수 있습니다.",
  "trash.read": "휴지통은 검토 부서만 볼 수 있습니다.",
  "totals.read": "집계는 검토 부서만 볼 수 있습니다.",
  "review.read": "검토 점검 결과는 검토 부서만 볼 수 있습니다.",
  "submission.approve": "승인은 검토 부서만 할 수 있습니다.",
  "submission.approve-other": "본인이 제출한 변경은 승인할 수 없습니다. 다른 기획 담당자의 승인을 받아 주세요.",
  "submission.return": "반려는 검토 부서만 할 수 있습니다.",
  "duplicates.mark": "중복 여부 판단은 검토 부서만 할 수 있습니다.",
  "year.set-status": "마감은 검토 부서만 할 수 있습니다.",
  "audit.read": "감사 기록은 검토 부서와 관리자만 볼 수 있습니다.",
  "users.manage": "계정 관리는 관리자만 할 수 있습니다.",
  "users.deactivate": "자기 계정은 비활성화할 수 없습니다.",
  "two-factor.reset": "이 작업을 할 권한이 없습니다.",
  "users.set-role":
    "역할은 검토 부서와 관리자만 바꿀 수 있고, 관리자 역할은 관리자만 주거나 거둘 수 있습니다. 자기 역할은 바꿀 수 없습니다.",
  "registry.rename": "부서와 기관 명칭은 관리자만 바꿀 수 있습니다.",
  "registry.manage": "부서와 기관 목록은 관리자만 관리할 수 있습니다.",
  "agency.propose": "이 작업을 할 권한이 없습니다.",
  "agency.confirm": "주관기관 제안 승인은 검토 부서만 할 수 있습니다.",
  "registry.split": "부서 분리는 검토 부서만 할 수 있습니다.",
  "organisation.edit": "기관 정보는 관리자만 바꿀 수 있습니다.",
  "import.undo": "일괄 등록 되돌리기는 검토 부서만 할 수 있습니다.",
  "edition.edit": "연도별 판 편집은 검토 부서만 할 수 있습니다.",
  "edition.arrange":
    "본인의 변경도 다른 기획 담당자의 승인을 받도록 설정되어 있어, 게시된 판의 제목과 순서는 바꿀 수 없습니다.",
  "edition.propose": "소속 부서가 있는 계정만 서술 항목을 제안할 수 있습니다.",
};

export function can(viewer: Viewer, action: PolicyAction, record?: PolicyRecord): boolean {
  return viewer.kind === "staff" && POLICY[action](viewer, record);
}

export function authorize(viewer: Viewer, action: PolicyAction, record?: PolicyRecord): asserts viewer is StaffViewer {
  if (!can(viewer, action, record)) throw new ForbiddenError(REFUSALS[action]);
}

/** A refusal naming the organisation's own review office, for staff pages (getOrganisation().reviewOffice). */
export function refusalFor(action: PolicyAction, reviewOffice: string): string {
  return REFUSALS[action].replace(/검토 부서(와|만)/, (_, particle: string) =>
    particle === "와" ? withParticle(reviewOffice, "과/와") : `${reviewOffice}만`,
  );
}
