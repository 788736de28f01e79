import "server-only";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { hasTwoFactor, loadSessionUser } from "@/lib/data/authentication";
import { GATE_PATHS, pendingGate, type StaffGate } from "./gate";
import { auth } from "./config";
import { PUBLIC_VIEWER, type StaffViewer, type Viewer } from "./viewer";

/**
 * Who is making this request, read fresh from the database: a deactivated account, a reset
 * password or a department move bumps the account's session version and ends older sessions.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  // Reading the session re-signs its token with fresh randomness; marking the render as
  // request-time first keeps that out of any prerender.
  await connection();
  const session = await auth();
  if (!session?.uid) return PUBLIC_VIEWER;
  const user = await loadSessionUser(session.uid, session.sv);
  if (!user) return PUBLIC_VIEWER;
  return {
    kind: "staff",
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    departmentId: user.departmentId,
    mustChangePassword: user.mustChangePassword,
    twoFactorEnrolled: await hasTwoFactor(user.id),
  };
});

/**
 * For staff pages: the signed-in viewer, or a redirect to the login page, or to the step they must
 * take first (lib/auth/gate.ts). `allow` names the gate the calling page itself is for.
 */
export async function requireStaff(
  options: { allowPasswordChange?: boolean; allow?: StaffGate } = {},
): Promise<StaffViewer> {
  const viewer = await getViewer();
  if (viewer.kind !== "staff") redirect("/login");
  const gate = pendingGate(viewer);
  const allowed = options.allow ?? (options.allowPasswordChange ? "change_password" : undefined);
  if (gate && gate !== allowed) redirect(GATE_PATHS[gate]);
  return viewer;
}
