import { ForbiddenError } from "@/lib/errors";
import type { StaffViewer, Viewer } from "./viewer";

/**
 * Who may do what to which record, in one table. Data functions call `authorize` (it throws),
 * pages call `can` to decide what to show, and the authorization-matrix test reads the same rules.
 * A rule gets the record when the answer depends on it (an officer's own department's rows).
 */
type Record_ = { departmentIds: readonly number[] } | undefined;

const planner = (v: StaffViewer) => v.role === "planner" || v.role === "admin";
const ownDepartment = (v: StaffViewer, r: Record_) =>
  planner(v) || (r !== undefined && v.departmentId !== null && r.departmentIds.includes(v.departmentId));

export const POLICY = {
  "workspace.use": () => true,
  "import.run": () => true,
  "record.edit": ownDepartment,
  "record.delete": ownDepartment,
  "award.restore": planner,
  "totals.read": planner,
  "review.read": planner,
  "review.decide": planner,
  "year.set-status": planner,
  "users.manage": (v: StaffViewer) => v.role === "admin",
  "registry.rename": (v: StaffViewer) => v.role === "admin",
} satisfies Record<string, (viewer: StaffViewer, record: Record_) => boolean>;

export type PolicyAction = keyof typeof POLICY;

/** The refusal each action gives, worded once (the action and page layers show it). */
export const REFUSALS: Partial<Record<PolicyAction, string>> = {
  "record.edit": "다른 부서의 수상 실적은 수정할 수 없습니다.",
  "record.delete": "다른 부서의 수상 실적은 삭제할 수 없습니다.",
  "award.restore": "휴지통 복원은 검토 부서만 할 수 있습니다.",
  "totals.read": "집계는 검토 부서만 볼 수 있습니다.",
  "review.read": "검토 점검 결과는 검토 부서만 볼 수 있습니다.",
  "users.manage": "계정 관리는 관리자만 할 수 있습니다.",
  "registry.rename": "부서와 기관 명칭은 관리자만 바꿀 수 있습니다.",
};

export function can(viewer: Viewer, action: PolicyAction, record?: Record_): viewer is StaffViewer {
  return viewer.kind === "staff" && POLICY[action](viewer, record);
}

export function authorize(viewer: Viewer, action: PolicyAction, record?: Record_): asserts viewer is StaffViewer {
  if (!can(viewer, action, record)) throw new ForbiddenError(REFUSALS[action]);
}
