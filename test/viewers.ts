import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import type { StaffViewer } from "@/lib/auth/viewer";

/** The viewer a signed-in account would be, as lib/auth/session.ts builds it. */
export async function viewerOf(username: string): Promise<StaffViewer> {
  const u = (await db.select().from(users).where(eq(users.username, username)))[0];
  if (!u) throw new Error(`no user ${username}`);
  return {
    kind: "staff",
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    departmentId: u.departmentId,
    mustChangePassword: u.mustChangePassword,
  };
}
