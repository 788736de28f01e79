/**
 * The address a request came in on, for links in the notices it causes when APP_URL is not set. A
 * browser sends Origin with every form POST, and Next.js refuses a server action whose Origin does
 * not match the host, so a page cannot forge it; a hand-made request can, which is why a live site
 * sets APP_URL (README, Configuration).
 */
export function requestOrigin(headers: Headers): string | undefined {
  const origin = headers.get("origin");
  return origin && /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/.test(origin) ? origin : undefined;
}
