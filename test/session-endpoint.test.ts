/**
 * Issue 13 item 12: /api/auth/session must agree with the app. A token whose account logged out
 * (session version moved) is refused by every page; Auth.js's own endpoint must say "no session"
 * too, rather than report its uid and sv as live.
 */
import { Auth, type AuthConfig } from "@auth/core";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { seedDemoUsers } from "@/db/seed/users";
import { appAuthConfig } from "@/lib/auth/app-config";
import { authSecret } from "@/lib/auth/secret";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { recordLogout } from "@/lib/data/authentication";
import { seededDb } from "@/test/db";

const db = await seededDb();
const origin = "http://localhost:3000";

async function sessionFor(uid: number, sv: number) {
  const name = sessionCookieName(false);
  const now = Math.floor(Date.now() / 1000);
  const token = await encode({ token: { uid, sv, loginAt: now }, secret: authSecret(), salt: name });
  const response = await Auth(new Request(`${origin}/api/auth/session`, { headers: { cookie: `${name}=${token}` } }), {
    ...(appAuthConfig() as AuthConfig),
    basePath: "/api/auth",
  });
  return response.json();
}

beforeAll(async () => {
  await seedDemoUsers(db);
});

describe("/api/auth/session", () => {
  it("reports a live session while the account's session version matches", async () => {
    const user = (await db.select().from(users).where(eq(users.username, "welfare")))[0]!;
    expect(await sessionFor(user.id, user.sessionVersion)).toMatchObject({ uid: user.id, sv: user.sessionVersion });
  });

  it("reports no session for a token from before the logout", async () => {
    const user = (await db.select().from(users).where(eq(users.username, "tax")))[0]!;
    await recordLogout({ userId: user.id, username: user.username }, "127.0.0.1");
    const body = await sessionFor(user.id, user.sessionVersion);
    expect(body?.uid).toBeUndefined();
    expect(body?.sv).toBeUndefined();
  });
});
