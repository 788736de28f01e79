import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { PUBLIC_VIEWER, type StaffViewer, type Viewer } from "@/lib/auth/viewer";

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

export function staffViewer(db: Db, username: string): StaffViewer {
  const u = db.select().from(users).where(eq(users.username, username)).get();
  if (!u) throw new Error(`no account ${username}: call seedDemoUsers first`);
  return { kind: "staff", userId: u.id, username: u.username, displayName: u.displayName, role: u.role, departmentId: u.departmentId, mustChangePassword: u.mustChangePassword };
}

export function viewerNamed(db: Db, name: ViewerName): Viewer {
  return name === "anonymous" ? PUBLIC_VIEWER : staffViewer(db, DEMO_ACCOUNT[name]);
}
