/**
 * Issue 6, sessions: the session cookie is HttpOnly, SameSite=Lax, short-lived (the 30-minute idle
 * limit) and Secure with the __Secure- prefix whenever the site is served over HTTPS. The e2e spec
 * (e2e/security/session-cookie.spec.ts) sees the cookie a browser gets over plain HTTP; HTTPS is
 * checked here, by running Auth.js itself with the app's configuration and by calling the proxy
 * that re-issues the cookie on every staff request.
 */
import { Auth, skipCSRFCheck, type AuthConfig } from "@auth/core";
import Credentials from "@auth/core/providers/credentials";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { baseAuthConfig } from "@/lib/auth/base-config";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/auth/policy";
import { authSecret } from "@/lib/auth/secret";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { proxy } from "@/proxy";

type ParsedCookie = { name: string; value: string; attributes: Map<string, string | true> };

function parseSetCookie(header: string): ParsedCookie {
  const [pair, ...attributes] = header.split(";").map((p) => p.trim());
  const eq = pair.indexOf("=");
  return {
    name: pair.slice(0, eq),
    value: pair.slice(eq + 1),
    attributes: new Map(
      attributes.map((a): [string, string | true] => {
        const i = a.indexOf("=");
        return i === -1 ? [a.toLowerCase(), true] : [a.slice(0, i).toLowerCase(), a.slice(i + 1)];
      }),
    ),
  };
}

const setCookies = (response: Response) => response.headers.getSetCookie().map(parseSetCookie);
/** Where a redirect points, absolute or relative. */
const redirectPath = (response: Response, from: string) =>
  new URL(response.headers.get("location") ?? "", from).pathname;

describe("sessionCookieName", () => {
  it("uses the __Secure- prefix over HTTPS only (browsers then refuse the cookie without Secure)", () => {
    expect(sessionCookieName(true)).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName(false)).toBe("authjs.session-token");
  });
});

describe("baseAuthConfig", () => {
  it("keeps sessions in a JWT whose lifetime is the idle limit, at most 30 minutes", () => {
    const config = baseAuthConfig();
    expect(config.session).toMatchObject({ strategy: "jwt", maxAge: SESSION_IDLE_SECONDS });
    expect(SESSION_IDLE_SECONDS).toBeLessThanOrEqual(30 * 60);
    // No override of Auth.js's cookie defaults (HttpOnly, SameSite=Lax, Secure on HTTPS).
    expect(config.cookies).toBeUndefined();
    expect(config.useSecureCookies).toBeUndefined();
  });
});

/** A real Auth.js sign-in with the app's settings and a provider that accepts anyone. */
async function signInOver(origin: string): Promise<ParsedCookie> {
  const config: AuthConfig = {
    ...(baseAuthConfig() as AuthConfig),
    basePath: "/api/auth",
    // What next-auth's own signIn() passes for a server-side sign-in: the form is not a browser's.
    skipCSRFCheck,
    providers: [
      Credentials({ credentials: { username: {} }, authorize: () => ({ id: "1", name: "시험", sv: 0 }) as never }),
    ],
  };
  const request = new Request(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username: "someone", callbackUrl: `${origin}/workspace` }),
  });
  const response = await Auth(request, config);
  const session = setCookies(response).find((c) => c.name.endsWith("authjs.session-token"));
  if (!session)
    throw new Error(`no session cookie in ${response.status} ${JSON.stringify(response.headers.getSetCookie())}`);
  return session;
}

describe("the cookie Auth.js sets at sign-in", () => {
  it("over HTTPS: __Secure- name, Secure, HttpOnly, SameSite=Lax, expiring within the idle limit", async () => {
    const before = Date.now();
    const cookie = await signInOver("https://seonggwa.jincheon.example");
    expect(cookie.name).toBe(sessionCookieName(true));
    expect(cookie.attributes.get("secure")).toBe(true);
    expect(cookie.attributes.get("httponly")).toBe(true);
    expect(String(cookie.attributes.get("samesite")).toLowerCase()).toBe("lax");
    expect(cookie.attributes.get("path")).toBe("/");
    const expires = Date.parse(String(cookie.attributes.get("expires")));
    expect(expires - before).toBeGreaterThan(0);
    expect(expires - before).toBeLessThanOrEqual(SESSION_IDLE_SECONDS * 1000 + 5_000);
  });

  it("over plain HTTP (local demo): no Secure flag, so the demo works without TLS", async () => {
    const cookie = await signInOver("http://localhost:3000");
    expect(cookie.name).toBe(sessionCookieName(false));
    expect(cookie.attributes.has("secure")).toBe(false);
    expect(cookie.attributes.get("httponly")).toBe(true);
  });
});

describe("the proxy's rolling re-issue", () => {
  /** A token last issued `issuedSecondsAgo` ago (its expiry is that much nearer than a fresh one's). */
  async function tokenFor(name: string, loginAt = Math.floor(Date.now() / 1000), issuedSecondsAgo = 120) {
    return encode({
      token: { uid: 1, sv: 0, loginAt },
      secret: authSecret(),
      salt: name,
      maxAge: SESSION_IDLE_SECONDS - issuedSecondsAgo,
    });
  }

  it.each([
    ["a token issued moments ago", {}, "GET", 5],
    ["a prefetch", { "next-router-prefetch": "1" }, "GET", 120],
    ["a server action (it may be logging out)", {}, "POST", 120],
  ] as const)("does not re-issue for %s", async (_, headers, method, issuedSecondsAgo) => {
    const name = sessionCookieName(false);
    const cookie = `${name}=${await tokenFor(name, undefined, issuedSecondsAgo)}`;
    const response = await proxy(
      new NextRequest("http://localhost:3000/workspace", { method, headers: { ...headers, cookie } }),
    );
    expect(response.status).toBe(200);
    expect(setCookies(response).find((c) => c.name === name)).toBeUndefined();
  });

  it.each([
    ["https://seonggwa.jincheon.example/workspace", {}, true],
    ["http://seonggwa.internal/workspace", { "x-forwarded-proto": "https" }, true],
    ["http://localhost:3000/workspace", {}, false],
  ] as const)(
    "%s %j: re-issued HttpOnly, SameSite=Lax, 30-minute cookie (Secure: %s)",
    async (url, headers, secure) => {
      const name = sessionCookieName(secure);
      const request = new NextRequest(url, { headers: { ...headers, cookie: `${name}=${await tokenFor(name)}` } });
      const response = await proxy(request);
      const cookie = setCookies(response).find((c) => c.name === name);
      expect(cookie, "the session cookie is re-issued").toBeDefined();
      expect(cookie!.attributes.get("httponly")).toBe(true);
      expect(String(cookie!.attributes.get("samesite")).toLowerCase()).toBe("lax");
      expect(cookie!.attributes.get("max-age")).toBe(String(SESSION_IDLE_SECONDS));
      expect(cookie!.attributes.has("secure")).toBe(secure);
    },
  );

  it("sends a session past the absolute limit to the login page, whatever its idle time", async () => {
    const name = sessionCookieName(true);
    const stale = await tokenFor(name, Math.floor(Date.now() / 1000) - SESSION_ABSOLUTE_SECONDS - 60);
    const url = "https://seonggwa.jincheon.example/review";
    const response = await proxy(new NextRequest(url, { headers: { cookie: `${name}=${stale}` } }));
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    expect(redirectPath(response, url)).toBe("/login");
  });

  it("redirects with an absolute Location, which Next's proxy adapter requires (a relative one is a 500)", async () => {
    const response = await proxy(new NextRequest("https://seonggwa.jincheon.example/workspace/awards"));
    const location = response.headers.get("location") ?? "";
    expect(() => new URL(location)).not.toThrow();
    expect(new URL(location)).toMatchObject({ origin: "https://seonggwa.jincheon.example", pathname: "/login" });
    expect(new URL(location).searchParams.get("callbackUrl")).toBe("/workspace/awards");
  });

  it("does not accept the HTTP cookie's name on an HTTPS request", async () => {
    const plain = sessionCookieName(false);
    const url = "https://seonggwa.jincheon.example/workspace";
    const response = await proxy(new NextRequest(url, { headers: { cookie: `${plain}=${await tokenFor(plain)}` } }));
    expect(redirectPath(response, url)).toBe("/login");
  });
});
