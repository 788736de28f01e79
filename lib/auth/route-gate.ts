import "server-only";
import { GATE_MESSAGES, pendingGate } from "./gate";
import { getViewer } from "./session";
import type { StaffViewer } from "./viewer";

export type RouteViewer = { ok: true; viewer: StaffViewer } | { ok: false; status: 401 | 403; message: string };

/**
 * For staff route handlers: the signed-in viewer past every gate the pages and actions apply, or
 * the status and Korean message to answer with instead.
 */
export async function staffViewerForRoute(): Promise<RouteViewer> {
  const viewer = await getViewer();
  if (viewer.kind !== "staff") return { ok: false, status: 401, message: "로그인이 필요합니다. 다시 로그인해 주세요." };
  const gate = pendingGate(viewer);
  if (gate) return { ok: false, status: 403, message: GATE_MESSAGES[gate] };
  return { ok: true, viewer };
}
