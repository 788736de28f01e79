import http from "node:http";
import { PEER_ADDRESS_HEADER } from "./client-address";

const installed = Symbol.for("seonggwa.peer-address");

/**
 * Stamps every incoming request with its TCP peer's address, overwriting whatever a client sent
 * under that name, before Next.js sees it. Next.js 16 gives route handlers and server actions no
 * socket address (NextRequest.ip is gone), so this is how the login limits count the real peer.
 */
export function stampPeerAddresses(): void {
  const proto = http.Server.prototype as http.Server & { [installed]?: true };
  if (proto[installed]) return;
  proto[installed] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "unknown";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;
}
