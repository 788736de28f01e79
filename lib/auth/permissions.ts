import type { StaffViewer, Viewer } from "./viewer";

/** Planners (기획감사실) and admins see and edit everything and approve submissions. */
export function isPlanner(viewer: Viewer): boolean {
  return viewer.kind === "staff" && (viewer.role === "planner" || viewer.role === "admin");
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.kind === "staff" && viewer.role === "admin";
}

export function isStaff(viewer: Viewer): viewer is StaffViewer {
  return viewer.kind === "staff";
}

/**
 * May this viewer change a record owned by these departments? Officers only their own department's
 * rows (an award shared by several departments belongs to each of them); planners any row.
 */
export function canEditDepartmentRecord(viewer: Viewer, departmentIds: readonly number[]): boolean {
  if (viewer.kind !== "staff") return false;
  if (viewer.role === "planner" || viewer.role === "admin") return true;
  return viewer.departmentId !== null && departmentIds.includes(viewer.departmentId);
}
