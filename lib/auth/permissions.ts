import { can } from "./can";
import type { StaffViewer, Viewer } from "./viewer";

/*
 * The policy table (./can.ts) is the one home of who may do what. These names survive only so code
 * written beside it on other branches still compiles after a merge; each reads the table.
 */

/** @deprecated Use `can(viewer, "records.all")` (or the table row the call is about). */
export const isPlanner = (viewer: Viewer): boolean => can(viewer, "records.all");

/** @deprecated Use `can(viewer, "users.manage")` (or the table row the call is about). */
export const isAdmin = (viewer: Viewer): boolean => can(viewer, "users.manage");

/** @deprecated Use `can(viewer, "workspace.use")`. */
export const isStaff = (viewer: Viewer): viewer is StaffViewer => can(viewer, "workspace.use");

/** @deprecated Use `can(viewer, "record.edit", { departmentIds })`. */
export const canEditDepartmentRecord = (viewer: Viewer, departmentIds: readonly number[]): boolean =>
  can(viewer, "record.edit", { departmentIds });
