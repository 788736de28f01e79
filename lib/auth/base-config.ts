import type { NextAuthConfig } from "next-auth";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "./policy";
import { authSecret } from "./secret";

declare module "next-auth" {
  interface Session {
    uid: number;
    sv: number;
  }
}

/**
 * The session settings shared by the app and the proxy. Kept free of database code so the proxy
 * can refresh the rolling session cookie without loading the data layer.
 */
export function baseAuthConfig(): NextAuthConfig {
  return {
    secret: authSecret(),
    trustHost: true,
    pages: { signIn: "/login" },
    // Credentials logins only work with JWT sessions; the token carries the account id and its
    // session version, and every request re-checks both against the database (lib/auth/session.ts).
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: 60 },
    providers: [],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.sv = (user as { sv?: number }).sv ?? 0;
          token.loginAt = Math.floor(Date.now() / 1000);
        }
        // The idle limit rolls with activity; this one does not.
        if (typeof token.loginAt === "number" && Date.now() / 1000 - token.loginAt > SESSION_ABSOLUTE_SECONDS)
          return null;
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: Number(token.uid), sv: Number(token.sv) };
      },
    },
  };
}
