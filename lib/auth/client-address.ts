import { env } from "@/lib/env";

/**
 * The header the server stamps with the TCP peer's address on every request (lib/auth/peer-address.ts).
 * Next.js exposes no socket address to route handlers or server actions, and it fills
 * X-Forwarded-For from the socket only when the client sent none, so that header alone cannot
 * tell a client's claim from the truth.
 */
export const PEER_ADDRESS_HEADER = "x-seonggwa-peer-address";

/**
 * The client's address for rate limiting. By default the TCP peer counts and X-Forwarded-For is
 * ignored: a client can write that header itself. With TRUSTED_PROXY_HOPS=n, the n proxies in front
 * each append the address they saw, so the n-th entry from the right is the one the outermost
 * trusted proxy received the request from; anything left of it is the client's own claim.
 */
export function clientAddress(
  headers: Headers,
  hops = env().TRUSTED_PROXY_HOPS,
  proxies: readonly string[] = env().TRUSTED_PROXY_ADDRESSES,
): string {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim() || "unknown";
  // A peer that is not the proxy came around it (straight to an instance's port): its header is a claim.
  if (hops === 0 || (proxies.length > 0 && !proxies.includes(normalise(peer)))) return peer.slice(0, 64);
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // The last proxy's own peer is the socket; the chain holds what the proxies before it saw.
  const entries = [...chain, peer];
  const address = entries[entries.length - 1 - hops] ?? entries[0];
  return address.slice(0, 64);
}

/** Node reports IPv4 peers on a dual-stack socket as "::ffff:127.0.0.1". */
function normalise(address: string): string {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice("::ffff:".length) : address;
}
