import { describe, expect, it } from "vitest";
import { namesCachedFunction } from "./server-reference";

describe("namesCachedFunction", () => {
  // Ids taken from a production build's server-reference-manifest.json.
  it("recognises the ids of use cache functions", () => {
    expect(namesCachedFunction("c0c58cf3da3008c54eb31ea2e5f34c1b097df09fd3")).toBe(true); // listPublicAwards
    expect(namesCachedFunction("ff38239a441bc5a3ada6ffc0ff76b86b7bda14303c")).toBe(true); // listDepartments
  });

  it("leaves server actions and anything else alone", () => {
    expect(namesCachedFunction("609c655762b44db28426a7cc2c489deb70996543d4")).toBe(false); // loginAction
    expect(namesCachedFunction("006f5a7c3ec5ed341cdb6efe8ebbfd6f5f8a0f9c5c")).toBe(false); // logoutAction
    expect(namesCachedFunction("7f85a326b9d7b61bcb5ce780be9229a71dd7ef27b9")).toBe(false); // createUserAction
    expect(namesCachedFunction(null)).toBe(false);
    expect(namesCachedFunction("zz")).toBe(false);
  });
});
