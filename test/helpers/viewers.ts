import { PUBLIC_VIEWER, type Viewer } from "@/lib/auth/viewer";
import { viewerOf } from "@/test/viewers";

/** The five kinds of caller every authorization rule is checked against. */
export const VIEWER_NAMES = ["anonymous", "officerA", "officerB", "planner", "admin"] as const;
export type ViewerName = (typeof VIEWER_NAMES)[number];

/** The demo account behind each name (db/seed/demo-users.ts): A is 주민복지과, B is 세정과. */
export const DEMO_ACCOUNT: Record<Exclude<ViewerName, "anonymous">, string> = {
  officerA: "welfare",
  officerB: "tax",
  planner: "planning",
  admin: "admin",
};

export async function viewerNamed(name: ViewerName): Promise<Viewer> {
  return name === "anonymous" ? PUBLIC_VIEWER : await viewerOf(DEMO_ACCOUNT[name]);
}
