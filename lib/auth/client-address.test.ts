import { describe, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER } from "./client-address";

const headers = (xff: string | null, peer = "203.0.113.9") =>
  new Headers({ [PEER_ADDRESS_HEADER]: peer, ...(xff ? { "x-forwarded-for": xff } : {}) });

describe("clientAddress", () => {
  it("by default counts the TCP peer and ignores the X-Forwarded-For a client wrote itself", () => {
    expect(clientAddress(headers("1.2.3.4"), 0)).toBe("203.0.113.9");
    expect(clientAddress(headers(null), 0)).toBe("203.0.113.9");
  });

  it("behind n trusted proxies takes the n-th address from the right, never the client's claim", () => {
    // Client claims 1.2.3.4; nginx (the peer, 10.0.0.2) appended the real client 198.51.100.7.
    expect(clientAddress(headers("1.2.3.4, 198.51.100.7", "10.0.0.2"), 1)).toBe("198.51.100.7");
    // Two proxies: the outer one appended the client, the inner one appended the outer proxy.
    expect(clientAddress(headers("1.2.3.4, 198.51.100.7, 10.0.0.1", "10.0.0.2"), 2)).toBe("198.51.100.7");
  });

  it("believes the chain only from the proxy's own address when TRUSTED_PROXY_ADDRESSES names it", () => {
    const viaNginx = headers("1.2.3.4, 198.51.100.7", "127.0.0.1");
    expect(clientAddress(viaNginx, 1, ["127.0.0.1"])).toBe("198.51.100.7");
    expect(clientAddress(headers("1.2.3.4, 198.51.100.7", "::ffff:127.0.0.1"), 1, ["127.0.0.1"])).toBe("198.51.100.7");
    // Straight to the instance's port, around nginx: the header is the client's own claim.
    expect(clientAddress(headers("198.51.100.7", "203.0.113.9"), 1, ["127.0.0.1"])).toBe("203.0.113.9");
  });

  it("without the peer stamp (not under the Node server) says unknown rather than trust the header", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4" }), 0)).toBe("unknown");
  });
});
