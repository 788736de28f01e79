import "server-only";
import { CredentialsSignin } from "@auth/core/errors";
import Credentials from "@auth/core/providers/credentials";
import { isDatabaseUnavailable } from "@/db/errors";
import { loadSessionUser } from "@/lib/data/authentication";
import { baseAuthConfig } from "./base-config";
import { openLoginTicket } from "./login-ticket";

/**
 * The session a token carries is live only while its account and session version are. While the
 * database cannot answer (a server restarting), the token is kept rather than ended, so an outage
 * logs nobody out: every page and action reads the account again (getViewer) and, until the server
 * is back, says it cannot save instead of acting.
 */
async function tokenStillValid(token: Record<string, unknown>): Promise<boolean> {
  try {
    return (await loadSessionUser(Number(token.uid), Number(token.sv))) !== null;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return true;
    throw error;
  }
}

/**
 * The app's Auth.js settings: the proxy's shared ones, a credentials provider that accepts only a
 * login ticket (lib/auth/login-ticket.ts; the login action checks password and code first), and a
 * token check against the database, so /api/auth/session agrees with every page: a logged-out,
 * deactivated or reset account has no session there either.
 */
export function appAuthConfig() {
  const base = baseAuthConfig();
  return {
    ...base,
    providers: [
      Credentials({
        credentials: { ticket: {} },
        async authorize(credentials) {
          const claim = await openLoginTicket(credentials?.ticket);
          const user = claim ? await loadSessionUser(claim.uid, claim.sv) : null;
          if (!user) throw new CredentialsSignin();
          return { id: String(user.id), name: user.displayName, sv: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      ...base.callbacks,
      async jwt(params: Parameters<NonNullable<typeof base.callbacks>["jwt"] & object>[0]) {
        const token = await base.callbacks?.jwt?.(params);
        if (!token) return null;
        if (!params.user && !(await tokenStillValid(token))) return null;
        return token;
      },
    },
  } satisfies ReturnType<typeof baseAuthConfig>;
}
