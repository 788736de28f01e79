import { env } from "@/lib/env";
import type { StaffViewer } from "./viewer";

/**
 * What a signed-in member of staff must do before anything else, in order: replace a temporary
 * password, then (where the role requires it) enrol an authenticator. Pages, route handlers and
 * server actions all ask this one function.
 */
export type StaffGate = "change_password" | "enrol_two_factor";

export function pendingGate(viewer: StaffViewer, requiredRoles = env().TOTP_REQUIRED_ROLES): StaffGate | null {
  if (viewer.mustChangePassword) return "change_password";
  if (!viewer.twoFactorEnrolled && (requiredRoles as string[]).includes(viewer.role)) return "enrol_two_factor";
  return null;
}

/** Where each gate is passed. */
export const GATE_PATHS: Record<StaffGate, string> = {
  change_password: "/account/password",
  enrol_two_factor: "/account/two-factor",
};

export const GATE_MESSAGES: Record<StaffGate, string> = {
  change_password: "새 비밀번호를 먼저 설정해 주세요.",
  enrol_two_factor: "일회용 코드(2단계 인증)를 먼저 등록해 주세요.",
};
