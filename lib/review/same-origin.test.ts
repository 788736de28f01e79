import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

describe("isSameOrigin", () => {
  it("accepts this site's own origin, directly or behind a proxy", () => {
    expect(isSameOrigin(new Headers({ origin: "http://127.0.0.1:3104", host: "127.0.0.1:3104" }))).toBe(true);
    expect(
      isSameOrigin(
        new Headers({
          origin: "https://seonggwa.jincheon.go.kr",
          host: "app:3000",
          "x-forwarded-host": "seonggwa.jincheon.go.kr",
        }),
      ),
    ).toBe(true);
  });

  it("refuses another site, a missing origin and a malformed one", () => {
    expect(isSameOrigin(new Headers({ origin: "https://evil.example", host: "127.0.0.1:3104" }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: "127.0.0.1:3104" }))).toBe(false);
    expect(isSameOrigin(new Headers({ origin: "null", host: "127.0.0.1:3104" }))).toBe(false);
  });
});
