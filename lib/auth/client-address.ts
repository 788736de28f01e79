/**
 * The client's address for rate limiting. Behind a reverse proxy the first X-Forwarded-For entry is
 * the client (deployments must let only their proxy set it); direct requests get Next's own value.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || headers.get("x-real-ip") || "unknown").slice(0, 64);
}
