/**
 * Calling server actions from Vitest the way Next.js would, with a session chosen by the test.
 *
 * A test file wires these in with vi.mock (which must be written in the test file itself):
 *
 *   vi.mock("@/lib/auth/session", async () => (await import("@/test/helpers/action-harness")).sessionModule);
 *   vi.mock("next/headers", async () => (await import("@/test/helpers/action-harness")).headersModule);
 *   vi.mock("next/navigation", async () => (await import("@/test/helpers/action-harness")).navigationModule);
 *   vi.mock("next-auth", async () => (await import("@/test/helpers/action-harness")).nextAuthModule());
 *   vi.mock("@/lib/auth/config", async () => (await import("@/test/helpers/action-harness")).authConfigModule());
 *
 * Everything after getViewer() is the real code: the wrapper, zod, the role gate, the data layer.
 */
import type { FormState } from "@/lib/actions/form-state";
import { PUBLIC_VIEWER, type Viewer } from "@/lib/auth/viewer";

/** What the mocked redirect() throws, so a test can tell a redirect from a crash. */
export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

/** The session the next call runs with, and the accounts the fake signIn let in. */
export const session = { viewer: PUBLIC_VIEWER as Viewer, signedIn: [] as number[] };

export const sessionModule = {
  getViewer: async () => session.viewer,
  requireStaff: async () => {
    if (session.viewer.kind !== "staff") throw new RedirectSignal("/login");
    return session.viewer;
  },
};

const cookieJar = new Map<string, string>();
export const headersModule = {
  headers: async () => new Headers({ "x-seonggwa-peer-address": "127.0.0.1" }),
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) } : undefined),
    set: (name: string, value: string) => void cookieJar.set(name, value),
    delete: (options: string | { name: string }) =>
      void cookieJar.delete(typeof options === "string" ? options : options.name),
  }),
};

export const navigationModule = {
  redirect: (url: string): never => {
    throw new RedirectSignal(url);
  },
};

/**
 * next-auth cannot load outside Next.js (it imports "next/server" without an extension), so the
 * login action gets Auth.js's own error classes and a signIn that does what lib/auth/config.ts's
 * Credentials provider does: ask the data layer and turn a refusal into CredentialsSignin with its
 * code. The real Auth.js round trip is covered by e2e/security/login-lockout.spec.ts.
 */
export async function nextAuthModule() {
  const errors = await import("@auth/core/errors");
  return { AuthError: errors.AuthError, CredentialsSignin: errors.CredentialsSignin };
}

export async function authConfigModule() {
  const { CredentialsSignin } = await import("@auth/core/errors");
  return {
    // The login action checks the password itself and hands Auth.js a sealed ticket (lib/auth/login-ticket.ts).
    signIn: async (_provider: string, credentials: { ticket: string }) => {
      const { openLoginTicket } = await import("@/lib/auth/login-ticket");
      const claim = await openLoginTicket(credentials.ticket);
      if (!claim) throw new CredentialsSignin();
      session.signedIn.push(claim.uid);
    },
    signOut: async (options: { redirectTo: string }) => {
      throw new RedirectSignal(options.redirectTo);
    },
    auth: async () => null,
    // Auth.js's own endpoint (app/api/auth/[...nextauth]); only its export names matter to the tests.
    handlers: {
      GET: async () => new Response(null, { status: 400 }),
      POST: async () => new Response(null, { status: 400 }),
    },
  };
}

export type ServerAction = (previous: FormState, formData: FormData) => Promise<FormState | void>;
export type ActionResult =
  | { outcome: "allowed"; redirectTo?: string; state?: FormState }
  | { outcome: "refused"; state: FormState };

/**
 * Calls an action as `viewer`. A redirect or a success state is an allowed call, an error state a
 * refusal; any other exception is a bug and propagates to fail the test.
 */
export async function callAs(viewer: Viewer, action: ServerAction, form: FormData): Promise<ActionResult> {
  session.viewer = viewer;
  try {
    const state = await action({ status: "idle" }, form);
    if (state && state.status === "error") return { outcome: "refused", state };
    return { outcome: "allowed", state: state ?? undefined };
  } catch (error) {
    if (error instanceof RedirectSignal) return { outcome: "allowed", redirectTo: error.url };
    throw error;
  } finally {
    session.viewer = PUBLIC_VIEWER;
  }
}

const loaded = new Map<string, Record<string, unknown>>();

/** An exported server action, by file (repository-relative) and name. */
export async function loadAction(file: string, name: string): Promise<ServerAction> {
  if (!loaded.has(file)) loaded.set(file, await import(/* @vite-ignore */ `${process.cwd()}/${file}`));
  const exported = loaded.get(file)![name];
  if (typeof exported !== "function") throw new Error(`${file} exports ${name}, but it is not a function`);
  return exported as ServerAction;
}
