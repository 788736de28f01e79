import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate, type LoginRefusal } from "@/lib/data/authentication";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "./policy";
import { authSecret } from "./secret";
import { clientAddress } from "./client-address";

/** Carries the refusal reason to the login form; the code never says which of name or password was wrong. */
class LoginRefused extends CredentialsSignin {
  constructor(reason: LoginRefusal) {
    super();
    this.code = reason;
  }
}

declare module "next-auth" {
  interface Session {
    uid: number;
    sv: number;
  }
}

// A function config so the secret is read when the server handles a request, not at build time.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  pages: { signIn: "/login" },
  // Credentials logins only work with JWT sessions; the token carries the account id and its
  // session version, and every request re-checks both against the database (lib/auth/session.ts).
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: 60 },
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(credentials, request) {
        const username = typeof credentials?.username === "string" ? credentials.username.slice(0, 100) : "";
        const password = typeof credentials?.password === "string" ? credentials.password.slice(0, 200) : "";
        const result = await authenticate({ username, password, ip: clientAddress(request.headers) });
        if (!result.ok) throw new LoginRefused(result.reason);
        return { id: String(result.user.id), name: result.user.displayName, sv: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sv?: number }).sv ?? 0;
        token.loginAt = Math.floor(Date.now() / 1000);
      }
      // The idle limit rolls with activity; this one does not.
      if (typeof token.loginAt === "number" && Date.now() / 1000 - token.loginAt > SESSION_ABSOLUTE_SECONDS) return null;
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: Number(token.uid), sv: Number(token.sv) };
    },
  },
}));
