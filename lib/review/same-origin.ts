/**
 * A route handler that changes data gets none of the origin check Next.js gives server actions, so
 * it checks the same thing itself: the browser's Origin must be this site (the host a proxy
 * forwarded, else the Host header). A cross-site form post is refused even with a session cookie.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
