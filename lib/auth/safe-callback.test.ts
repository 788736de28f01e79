import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_LOGIN, safeCallbackPath } from "./safe-callback";

describe("safeCallbackPath", () => {
  it.each([
    ["/workspace/awards", "/workspace/awards"],
    ["/review?year=2023&status=open", "/review?year=2023&status=open"],
    ["/workspace/awards#row-3", "/workspace/awards#row-3"],
    ["/admin/users/../audit", "/admin/audit"],
  ])("keeps the same-site path %s", (raw, expected) => {
    expect(safeCallbackPath(raw)).toBe(expected);
  });

  it.each([
    "/\t/evil.example/phish",
    "/%09/evil.example/phish",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/.//evil.example",
    "/./\\evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "//evil.example",
    "///evil.example",
    "/\\/evil.example",
    "https://evil.example/",
    "HTTPS://evil.example",
    "javascript:alert(1)",
    " /workspace",
    "\t//evil.example",
    "evil.example",
    "/%2F%2Fevil.example",
    "/%5C%5Cevil.example",
    "data:text/html,<script>alert(1)</script>",
    "/\u0000/evil.example",
    "",
    `/${"a".repeat(3000)}`,
  ])("falls back to the workspace for %j", (raw) => {
    const result = safeCallbackPath(raw);
    // Either refused outright, or a path that a browser cannot read as another host.
    expect(result === DEFAULT_AFTER_LOGIN || /^\/[^/\\]/.test(result)).toBe(true);
    expect(new URL(result, "https://site.example").host).toBe("site.example");
  });

  it.each(["/\t/evil.example/phish", "/.//evil.example", "/\n/evil.example", "//evil.example", "/\\evil.example"])(
    "refuses %j outright (the forms reported in issue 13)",
    (raw) => {
      expect(safeCallbackPath(raw)).toBe(DEFAULT_AFTER_LOGIN);
    },
  );

  it("refuses what is not text", () => {
    expect(safeCallbackPath(undefined)).toBe(DEFAULT_AFTER_LOGIN);
    expect(safeCallbackPath(["/a"])).toBe(DEFAULT_AFTER_LOGIN);
  });
});
