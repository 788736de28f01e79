/** Issue 13 item 8: a server action posted from another site is answered 403, not 500. */
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const action = (path: string, origin: string | null) =>
  new NextRequest(`http://localhost:3000${path}`, {
    method: "POST",
    headers: { host: "localhost:3000", "next-action": "0123abcd", ...(origin ? { origin } : {}) },
    body: "[]",
  });

describe("proxy: server actions from other sites", () => {
  it.each(["/login", "/workspace/awards", "/", "/awards"])("refuses a foreign Origin on %s with 403", async (path) => {
    const response = await proxy(action(path, "https://evil.example"));
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/이 사이트에서 보낸 요청만/);
  });

  it("refuses an action without an Origin", async () => {
    expect((await proxy(action("/login", null))).status).toBe(403);
  });

  it("lets this site's own action through to Next.js", async () => {
    const response = await proxy(action("/login", "http://localhost:3000"));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });
});
