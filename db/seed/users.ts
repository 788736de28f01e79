import { eq } from "drizzle-orm";
import type { Db } from "../client";
import * as t from "../schema";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD, demoUsers } from "./demo-users";
import { departmentIdByName } from "./index";

/** Creates the demo accounts that do not exist yet; never changes an existing account. */
export async function seedDemoUsers(db: Db): Promise<string[]> {
  const created: string[] = [];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of demoUsers) {
    const [exists] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.username, u.username));
    if (exists) continue;
    const departmentId = u.department ? await departmentIdByName(db, u.department) : null;
    await db
      .insert(t.users)
      .values({ username: u.username, displayName: u.displayName, role: u.role, departmentId, passwordHash });
    created.push(u.username);
  }
  return created;
}
