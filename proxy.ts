import { decode, encode } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/auth/policy";
import { authSecret } from "@/lib/auth/secret";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { FORM_BODY_TOO_LARGE, MAX_FORM_BODY_BYTES } from "@/lib/form-body-limit";
import { isSameOrigin } from "@/lib/review/same-origin";
import { pathRecordExists } from "@/lib/data/route-records";
import { namesCachedFunction } from "@/lib/server-reference";
import { awardViewSegment } from "@/lib/validations/award-view";

/**
 * Two conveniences on staff URLs, never the gate: visitors without a session go to the login page,
 * and an active session's cookie is re-issued so the idle limit rolls with use. Every staff page,
 * server action and data function checks the viewer again against the database.
 */
/** Re-issue the token at most once a minute, and only on what the user asked for. */
const ROLL_AFTER_SECONDS = 60;

/**
 * A POST is a server action, which may set or clear the cookie itself (logging out), and a prefetch
 * can still be in flight after it: neither may write the cookie, or it could undo the logout.
 */
function shouldRoll(request: NextRequest, exp: unknown): boolean {
  if (request.method !== "GET") return false;
  if (request.headers.has("next-router-prefetch") || request.headers.get("sec-purpose")?.includes("prefetch"))
    return false;
  const issuedSecondsAgo = typeof exp === "number" ? SESSION_IDLE_SECONDS - (exp - Date.now() / 1000) : Infinity;
  return issuedSecondsAgo >= ROLL_AFTER_SECONDS;
}

/**
 * A server action from another site. Next.js refuses it too, but by throwing, which answers 500;
 * a plain 403 says what happened and keeps such probes out of the error log.
 */
function isForeignAction(request: NextRequest): boolean {
  return (
    request.method === "POST" &&
    (request.headers.has("next-action") || isFormPost(request)) &&
    !isSameOrigin(request.headers)
  );
}

/**
 * A form posted without JavaScript is a server action too, with no Next-Action header: the same
 * check applies (browsers send Origin on every form POST; one without it is not a browser's form).
 */
function isFormPost(request: NextRequest): boolean {
  return FORM_CONTENT_TYPE.test(request.headers.get("content-type") ?? "");
}

const FORM_CONTENT_TYPE = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i;

export async function proxy(request: NextRequest) {
  // Checked before anything else: the matcher sends every request carrying Next-Action here.
  if (namesCachedFunction(request.headers.get("next-action")))
    return new NextResponse("이 주소로는 호출할 수 없습니다.", {
      status: 403,
      headers: { "Cache-Control": "no-store" },
    });
  if (isFormPost(request) && Number(request.headers.get("content-length") ?? 0) > MAX_FORM_BODY_BYTES)
    return new NextResponse(FORM_BODY_TOO_LARGE, {
      status: 413,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  if (isForeignAction(request))
    return new NextResponse("이 사이트에서 보낸 요청만 받습니다.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  if (request.nextUrl.pathname === "/awards") return awardsView(request);
  // A path naming a record that does not exist is a 404 before its page starts streaming; on staff
  // paths only for a signed-in visitor, so the check tells nobody else which records exist.
  if (!isStaffPath(request.nextUrl.pathname))
    return (await pathRecordExists(request.nextUrl.pathname)) ? NextResponse.next() : notFoundPage(request);
  const secure = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const name = sessionCookieName(secure);
  const secret = authSecret();
  const raw = request.cookies.get(name)?.value;
  const token = raw ? await decode({ token: raw, secret, salt: name }).catch(() => null) : null;
  const loginAt = typeof token?.loginAt === "number" ? token.loginAt : 0;
  if (!token || Date.now() / 1000 - loginAt > SESSION_ABSOLUTE_SECONDS) {
    const query = new URLSearchParams({ callbackUrl: request.nextUrl.pathname });
    if (raw) query.set("notice", "expired");
    // Absolute, because Next's proxy adapter parses Location without a base (a relative one makes
    // every such request a 500); Next then sends it relative when the host is the request's own,
    // so the visitor stays on the host they used.
    return NextResponse.redirect(new URL(`/login?${query}`, request.nextUrl), 307);
  }
  if (!(await pathRecordExists(request.nextUrl.pathname))) return notFoundPage(request);
  if (!shouldRoll(request, token.exp)) return NextResponse.next();
  const response = NextResponse.next();
  response.cookies.set(name, await encode({ token, secret, salt: name, maxAge: SESSION_IDLE_SECONDS }), {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: SESSION_IDLE_SECONDS,
  });
  return response;
}

/**
 * A filtered /awards link is served by the route that renders each view once per publication
 * (lib/validations/award-view.ts); the address in the browser stays the one the visitor used.
 */
function awardsView(request: NextRequest): NextResponse {
  const segment = awardViewSegment(request.nextUrl.searchParams);
  return segment ? NextResponse.rewrite(new URL(`/awards/view/${segment}`, request.nextUrl)) : NextResponse.next();
}

const STAFF_PATHS = ["/workspace", "/review", "/audit", "/admin", "/account"];

/** The site's own not-found page with a 404 status: a path no route serves. */
function notFoundPage(request: NextRequest): NextResponse {
  return NextResponse.rewrite(new URL("/_not-found", request.nextUrl));
}

function isStaffPath(pathname: string): boolean {
  return STAFF_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export const config = {
  matcher: [
    "/workspace/:path*",
    "/review/:path*",
    "/audit/:path*",
    "/admin/:path*",
    "/account/:path*",
    // A filtered /awards link goes to its cached view; the unfiltered one never enters the proxy, which
    // would cost it a third of its throughput. One entry per AWARD_QUERY_KEYS name
    // (test/proxy-awards-view.test.ts holds them equal).
    { source: "/awards", has: [{ type: "query", key: "year" }] },
    { source: "/awards", has: [{ type: "query", key: "agency" }] },
    { source: "/awards", has: [{ type: "query", key: "kind" }] },
    { source: "/awards", has: [{ type: "query", key: "department" }] },
    { source: "/awards", has: [{ type: "query", key: "grade" }] },
    { source: "/awards", has: [{ type: "query", key: "q" }] },
    { source: "/awards", has: [{ type: "query", key: "sort" }] },
    { source: "/awards", has: [{ type: "query", key: "dir" }] },
    { source: "/awards", has: [{ type: "query", key: "page" }] },
    { source: "/awards", has: [{ type: "query", key: "pageSize" }] },
    // A year with no record is a 404 before its page starts streaming (lib/data/route-records.ts).
    "/years/:year",
    "/years/:year/:dimension",
    // Server function calls to any page: the origin check, and refusing cached functions' ids.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    // Forms posted without JavaScript (and route handlers taking uploads): the origin check.
    {
      source: "/:path*",
      has: [
        { type: "header", key: "content-type", value: "(multipart/form-data|application/x-www-form-urlencoded).*" },
      ],
    },
  ],
};
