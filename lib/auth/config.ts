import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate, type LoginRefusal } from "@/lib/data/authentication";
import { baseAuthConfig } from "./base-config";
import { clientAddress } from "./client-address";

/** Carries the refusal reason to the login form; the code never says which of name or password was wrong. */
class LoginRefused extends CredentialsSignin {
  constructor(reason: LoginRefusal) {
    super();
    this.code = reason;
  }
}

// A function config so the secret is read when the server handles a request, not at build time.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...baseAuthConfig(),
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
}));
